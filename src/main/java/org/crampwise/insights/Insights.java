package org.crampwise.insights;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.crampwise.advice.NightlyFactor;
import org.crampwise.episode.Relief;

/**
 * The insights of a range of nights, in the API's shape (docs/insights.md explains every number).
 *
 * @param from the first night
 * @param to the last night
 * @param knownNights known nights that also have a check-in
 * @param crampNights of those, cramp nights
 * @param allKnownNights every known night of the range, with or without a check-in
 * @param copiedCheckIns usable nights whose check-in was "same as last night" unchanged
 * @param factors each factor at lag 0 and 1
 * @param medications each medication started inside the range
 * @param weeks cramp nights per week, with the known nights behind each
 * @param hours episodes by local start hour
 * @param reliefs which relief helped most, of the episodes that tried it
 * @param months cramp-free and cramp nights, intensity and duration by calendar month
 */
public record Insights(LocalDate from, LocalDate to, int knownNights, int crampNights, int allKnownNights,
		int copiedCheckIns, List<FactorInsight> factors, List<MedicationInsight> medications, List<Week> weeks,
		List<Hour> hours, List<ReliefInsight> reliefs, List<Month> months) {

	/** The factors whose verdict is LINKED or NO_BIG_EFFECT: what a report may show (never raw coincidences). */
	public List<FactorInsight> gated() {
		return this.factors.stream().filter(factor -> factor.verdict() != Verdict.NOT_ENOUGH_DATA).toList();
	}

	/** The verdict of a factor at a lag. */
	public @Nullable FactorInsight factor(NightlyFactor factor, int lag) {
		return this.factors.stream().filter(f -> f.factor() == factor && f.lag() == lag).findFirst().orElse(null);
	}

	/**
	 * Nights and cramp nights on one side.
	 *
	 * @param nights usable nights
	 * @param crampNights of those, cramp nights
	 * @param rate the raw proportion
	 * @param low its Wilson 95% lower limit
	 * @param high its upper limit
	 */
	public record Rate(int nights, int crampNights, double rate, double low, double high) {
	}

	/**
	 * One factor at one lag.
	 *
	 * @param factor the factor
	 * @param lag 0: that night's check-in; 1: the check-in of the night before
	 * @param exposed nights with the factor
	 * @param unexposed nights without it
	 * @param riskRatio Mantel-Haenszel, stratified, null when it cannot be computed
	 * @param low lower limit of its interval, widened for persistence
	 * @param high upper limit
	 * @param p two-sided p-value, before Benjamini-Hochberg
	 * @param verdict the verdict
	 * @param direction with LINKED only
	 * @param nightsNeeded with NOT_ENOUGH_DATA: known nights still needed, roughly
	 * @param sentence the plain sentence
	 * @param bundle other factors (same lag) that agree with this one on 80% or more of nights: can't tell apart
	 * @param verdictWithoutCopied the verdict without the copied check-ins, when they are many; else null
	 */
	public record FactorInsight(NightlyFactor factor, int lag, Rate exposed, Rate unexposed,
			@Nullable Double riskRatio, @Nullable Double low, @Nullable Double high, @Nullable Double p,
			Verdict verdict, @Nullable Direction direction, @Nullable Integer nightsNeeded, String sentence,
			List<NightlyFactor> bundle, @Nullable Verdict verdictWithoutCopied) {
	}

	/**
	 * Cramp nights before and after a medication's start.
	 *
	 * @param id the medication's id
	 * @param name its name
	 * @param drugClass its class
	 * @param crampAssociated whether the class is associated with cramps
	 * @param startedOn the start
	 * @param before known nights before the start
	 * @param after known nights after it (the first nights skipped)
	 * @param riskRatio after against before, null when it cannot be computed
	 * @param low lower limit
	 * @param high upper limit
	 * @param verdict the verdict
	 * @param direction with LINKED only
	 * @param sentence the plain sentence, with the season caveat
	 */
	public record MedicationInsight(long id, String name, String drugClass, boolean crampAssociated,
			LocalDate startedOn, Rate before, Rate after, @Nullable Double riskRatio, @Nullable Double low,
			@Nullable Double high, Verdict verdict, @Nullable Direction direction, String sentence) {
	}

	/**
	 * One week (Monday first).
	 *
	 * @param weekOf its Monday
	 * @param knownNights known nights of the week
	 * @param crampNights cramp nights of the week
	 */
	public record Week(LocalDate weekOf, int knownNights, int crampNights) {
	}

	/**
	 * Episodes starting in one local hour.
	 *
	 * @param hour 0..23
	 * @param episodes how many
	 */
	public record Hour(int hour, int episodes) {
	}

	/**
	 * One active relief.
	 *
	 * @param relief the relief
	 * @param tried episodes that tried it
	 * @param helpedMost of those, episodes where it helped most
	 * @param rate helpedMost / tried
	 * @param low Wilson lower limit
	 * @param high upper limit
	 */
	public record ReliefInsight(Relief relief, int tried, int helpedMost, double rate, double low, double high) {
	}

	/**
	 * One calendar month of episodes.
	 *
	 * @param month first day of the month
	 * @param episodes episodes
	 * @param medianIntensity median of the rated intensities, null when none was rated
	 * @param medianDurationSeconds median duration, null without episodes
	 */
	public record Month(LocalDate month, int episodes, @Nullable Double medianIntensity,
			@Nullable Double medianDurationSeconds) {
	}

}
