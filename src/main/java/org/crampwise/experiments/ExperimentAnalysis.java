package org.crampwise.experiments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import org.crampwise.system.Statistics;

/**
 * The analysis of an experiment, pure: per block, the known nights, the cramp nights and the adherence; the
 * Mantel-Haenszel risk ratio of cramp nights, remedy against usual, stratified by pair, its variance widened for
 * night-to-night persistence; and the verdict, checked in the declared order. Analysed "as scheduled": a night counts
 * in the arm of its block whatever was done. Left out: wash-in nights, paused nights, unknown nights (never counted
 * as cramp-free).
 */
public final class ExperimentAnalysis {

	private ExperimentAnalysis() {
	}

	/**
	 * @param schedule the schedule
	 * @param paused whether a night was paused
	 * @param outcomes the known nights: TRUE a cramp night, FALSE none; a missing night is unknown
	 * @param done per night with a check-in that answered the remedy's field: whether the remedy was done
	 * @param settings the thresholds
	 */
	public static Result analyse(Schedule schedule, Predicate<LocalDate> paused, Map<LocalDate, Boolean> outcomes,
			Map<LocalDate, Boolean> done, ExperimentSettings settings) {
		List<BlockResult> blocks = new ArrayList<>();
		List<@Nullable Boolean> exposure = new ArrayList<>();
		List<@Nullable Boolean> outcome = new ArrayList<>();
		for (Schedule.Block block : schedule.blocks()) {
			int scheduled = 0;
			int adherent = 0;
			int known = 0;
			int cramps = 0;
			for (LocalDate night = block.from(); !night.isAfter(block.to()); night = night.plusDays(1)) {
				if (paused.test(night)) {
					exposure.add(null);
					outcome.add(null);
					continue;
				}
				scheduled++;
				Boolean didIt = done.get(night);
				if (didIt != null && didIt == (block.arm() == Arm.REMEDY)) {
					adherent++;
				}
				Boolean cramp = outcomes.get(night);
				if (schedule.inWashIn(block, night) || cramp == null) {
					exposure.add(null);
					outcome.add(null);
					continue;
				}
				known++;
				cramps += cramp ? 1 : 0;
				exposure.add(block.arm() == Arm.REMEDY);
				outcome.add(cramp);
			}
			blocks.add(new BlockResult(block, known, cramps, scheduled, adherent));
		}

		List<Statistics.Stratum> strata = new ArrayList<>();
		for (int pair = 1; pair <= schedule.pairs(); pair++) {
			BlockResult remedy = armOf(blocks, pair, Arm.REMEDY);
			BlockResult usual = armOf(blocks, pair, Arm.USUAL);
			strata.add(new Statistics.Stratum(remedy.crampNights(), remedy.nights(), usual.crampNights(),
					usual.nights()));
		}
		double widening = Statistics.persistenceFactor(Statistics.lag1Autocorrelation(exposure),
				Statistics.lag1Autocorrelation(outcome));
		Optional<Statistics.RiskRatio> ratio = Statistics.mantelHaenszel(strata, widening);

		ArmResult remedy = arm(blocks, Arm.REMEDY);
		ArmResult usual = arm(blocks, Arm.USUAL);
		boolean unreliable = blocks.stream().anyMatch(b -> b.scheduledNights() > 0 && b.adherence() < settings.minAdherence());
		ExperimentVerdict verdict = verdict(unreliable, ratio.orElse(null), settings);
		return new Result(remedy, usual, ratio.orElse(null), verdict, blocks);
	}

	/** The verdict rules, in their order: NOT_RELIABLE, WORSE, HELPED, NO_WORTHWHILE_EFFECT, CANT_TELL. */
	static ExperimentVerdict verdict(boolean unreliable, Statistics.@Nullable RiskRatio ratio, ExperimentSettings settings) {
		if (unreliable) {
			return ExperimentVerdict.NOT_RELIABLE;
		}
		if (ratio == null) {
			return ExperimentVerdict.CANT_TELL;
		}
		if (ratio.low() > 1) {
			return ExperimentVerdict.WORSE;
		}
		if (ratio.high() < 1 && ratio.ratio() <= settings.helpedMaxRatio()) {
			return ExperimentVerdict.HELPED;
		}
		if (ratio.low() > settings.helpedMaxRatio()) {
			return ExperimentVerdict.NO_WORTHWHILE_EFFECT;
		}
		return ExperimentVerdict.CANT_TELL;
	}

	private static BlockResult armOf(List<BlockResult> blocks, int pair, Arm arm) {
		return blocks.stream()
			.filter(b -> b.block().pair() == pair && b.block().arm() == arm)
			.findFirst()
			.orElseThrow();
	}

	private static ArmResult arm(List<BlockResult> blocks, Arm arm) {
		int nights = 0;
		int cramps = 0;
		int scheduled = 0;
		int adherent = 0;
		for (BlockResult block : blocks) {
			if (block.block().arm() == arm) {
				nights += block.nights();
				cramps += block.crampNights();
				scheduled += block.scheduledNights();
				adherent += block.adherentNights();
			}
		}
		return new ArmResult(nights, cramps, (scheduled == 0) ? 0 : (double) adherent / scheduled);
	}

	/**
	 * The analysis.
	 *
	 * @param remedy the remedy arm
	 * @param usual the usual arm
	 * @param ratio the risk ratio, remedy against usual, or null when one arm had no cramp night in any pair
	 * @param verdict the verdict
	 * @param blocks every block
	 */
	public record Result(ArmResult remedy, ArmResult usual, Statistics.@Nullable RiskRatio ratio,
			ExperimentVerdict verdict, List<BlockResult> blocks) {
	}

	/**
	 * One arm.
	 *
	 * @param nights known nights analysed
	 * @param crampNights of those, the cramp nights
	 * @param adherence the share of its scheduled (not paused) nights done as scheduled
	 */
	public record ArmResult(int nights, int crampNights, double adherence) {
	}

	/**
	 * One block.
	 *
	 * @param block the block
	 * @param nights known nights analysed
	 * @param crampNights of those, the cramp nights
	 * @param scheduledNights its nights that were not paused
	 * @param adherentNights of those, the nights whose check-in shows the arm followed
	 */
	public record BlockResult(Schedule.Block block, int nights, int crampNights, int scheduledNights,
			int adherentNights) {

		public double adherence() {
			return (this.scheduledNights == 0) ? 0 : (double) this.adherentNights / this.scheduledNights;
		}

		/** The cramp-night share of the known nights analysed, 0 without any. */
		public double crampRate() {
			return (this.nights == 0) ? 0 : (double) this.crampNights / this.nights;
		}

	}

}
