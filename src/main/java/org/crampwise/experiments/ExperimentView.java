package org.crampwise.experiments;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.crampwise.advice.Remedy;

/**
 * An experiment as the API and the page show it (the contract's shape, with a few documented additions).
 *
 * @param id the id
 * @param remedy the remedy under test
 * @param status where it stands
 * @param waterTargetMl with STAY_HYDRATED, the nightly target chosen at the start
 * @param blockNights nights of every block
 * @param pairs the pairs scheduled now (the planned ones, plus the extension's once extended)
 * @param plannedPairs the pairs planned at the start
 * @param extended whether the pre-declared extension was taken (the planned pairs ended in CANT_TELL)
 * @param washInNights the first nights of every block left out of the analysis (magnesium: 7)
 * @param startsOn the first run-in night
 * @param runInEnds the last run-in night
 * @param endsOn the last night of the last block scheduled now
 * @param blocks every block scheduled now, in order
 * @param tonight what to do tonight, or null (run-in, paused, over)
 * @param tonightBlock the block tonight lies in, counted from 1, or null
 * @param pausedBecause while PAUSED: the urgent red flag that paused it, in the engine's words
 * @param result null until FINISHED
 * @param decision the user's own choice afterwards, or null
 */
public record ExperimentView(long id, Remedy remedy, ExperimentStatus status, @Nullable Integer waterTargetMl,
		int blockNights, int pairs, int plannedPairs, boolean extended, int washInNights, LocalDate startsOn,
		LocalDate runInEnds, LocalDate endsOn, List<BlockView> blocks, @Nullable Arm tonight,
		@Nullable Integer tonightBlock, @Nullable String pausedBecause, @Nullable ResultView result,
		@Nullable Decision decision) {

	/** The message key part of the remedy ({@code stretch-before-bed}), for pages. */
	public String remedyKey() {
		return this.remedy.key();
	}

	/**
	 * One scheduled block.
	 *
	 * @param from first night
	 * @param to last night
	 * @param arm remedy or usual
	 */
	public record BlockView(LocalDate from, LocalDate to, Arm arm) {
	}

	/**
	 * The result of a finished experiment.
	 *
	 * @param remedy the remedy nights
	 * @param usual the usual nights
	 * @param riskRatio cramp nights remedy against usual (Mantel-Haenszel by pair), null when it cannot be told
	 * @param low lower 95% limit
	 * @param high upper 95% limit
	 * @param verdict the verdict
	 * @param sentence the result in one sentence, in the reader's language
	 * @param blocks every block with its counts and adherence
	 */
	public record ResultView(ArmView remedy, ArmView usual, @Nullable Double riskRatio, @Nullable Double low,
			@Nullable Double high, ExperimentVerdict verdict, String sentence, List<BlockResultView> blocks) {
	}

	/**
	 * One arm of the result.
	 *
	 * @param nights known nights analysed
	 * @param crampNights of those, cramp nights
	 * @param adherence share of its nights done as scheduled, 0..1
	 */
	public record ArmView(int nights, int crampNights, double adherence) {
	}

	/**
	 * One block of the result.
	 *
	 * @param block counted from 1
	 * @param pair counted from 1
	 * @param from first night
	 * @param to last night
	 * @param arm remedy or usual
	 * @param nights known nights analysed
	 * @param crampNights of those, cramp nights
	 * @param adherence share of its nights done as scheduled, 0..1
	 */
	public record BlockResultView(int block, int pair, LocalDate from, LocalDate to, Arm arm, int nights,
			int crampNights, double adherence) {

		/** The cramp-night share as a whole percentage, for the bars. */
		public int percent() {
			return (this.nights == 0) ? 0 : (int) Math.round(100.0 * this.crampNights / this.nights);
		}

	}

}
