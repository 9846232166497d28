package org.crampwise.advice;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every threshold and weight of the advice engine, under {@code crampwise.advice.*}, with the defaults documented in
 * docs/advice-rules.md (a test checks that every setting is named there). Numbers of nights are absolute counts
 * within the window unless a name says "per week".
 *
 * @param windowDays nights in the window the API evaluates by default (14)
 * @param ranking how outcomes become a ranking
 * @param factors thresholds of the nightly factors and the profile
 * @param redFlags thresholds of the red flags
 */
@ConfigurationProperties("crampwise.advice")
public record AdviceSettings(@DefaultValue("14") int windowDays, @DefaultValue Ranking ranking,
		@DefaultValue Factors factors, @DefaultValue RedFlags redFlags) {

	public AdviceSettings {
		if (windowDays < 1 || windowDays > AdviceContext.MAX_WINDOW_DAYS) {
			throw new IllegalArgumentException("crampwise.advice.window-days must be 1.." + AdviceContext.MAX_WINDOW_DAYS);
		}
		requirePositive("crampwise.advice.ranking", List.of(ranking.factorWeight(), ranking.coincidenceWeight(),
				ranking.standingWeight(), ranking.firstLineWeight(), ranking.helpedMostMinEpisodes()));
		requirePositive("crampwise.advice.factors", List.of(factors.minNights(), factors.lowWaterMl(),
				factors.heavyDrinks(), factors.potassiumServings(), factors.olderAgeYears(),
				factors.stretchedCrampNightsForMagnesium()));
		requirePositive("crampwise.advice.red-flags", List.of(redFlags.frequentNightsPerWeek(),
				redFlags.severeIntensity(), redFlags.severeMinNights(), redFlags.longCrampSeconds(),
				redFlags.daytimeMinEpisodes(), redFlags.newMedicationDays()));
	}

	/** The defaults, bound exactly as the application binds an empty {@code crampwise.advice} section. */
	public static AdviceSettings defaults() {
		return new Binder().bindOrCreate("crampwise.advice", Bindable.of(AdviceSettings.class));
	}

	private static void requirePositive(String prefix, List<Integer> values) {
		if (values.stream().anyMatch(value -> value < 1)) {
			throw new IllegalArgumentException(prefix + ".* counts and weights must be at least 1: " + values);
		}
	}

	/**
	 * Ranking. A remedy's score is the sum of its fired rules' scores. A nightly factor scores
	 * {@code factorWeight} per night it was present plus {@code coincidenceWeight} per such night that had cramps, so
	 * coinciding cramp nights count for more than the factor alone.
	 *
	 * @param factorWeight per night a factor was present (1)
	 * @param coincidenceWeight per night a factor was present and cramps followed; also per cramp a relief helped
	 * most (3)
	 * @param standingWeight for a standing fact of the profile or medications: age, pregnancy, a diuretic (2)
	 * @param firstLineWeight for general first-line advice, an active relief, and magnesium (which the engine ranks
	 * after every first-line remedy anyway) (1)
	 * @param helpedMostMinEpisodes episodes in the window saying what helped most before the active reliefs are
	 * ordered by it (3)
	 */
	public record Ranking(@DefaultValue("1") int factorWeight, @DefaultValue("3") int coincidenceWeight,
			@DefaultValue("2") int standingWeight, @DefaultValue("1") int firstLineWeight,
			@DefaultValue("3") int helpedMostMinEpisodes) {
	}

	/**
	 * Nightly factors and the profile.
	 *
	 * @param minNights nights a factor must be present before its rule fires (2)
	 * @param lowWaterMl water below this is low (1500 ml)
	 * @param alcoholNearBedHours a last drink this close to bed, or closer, is "near bedtime" (2 hours)
	 * @param heavyDrinks this many standard drinks in one night, or more, is heavy (3)
	 * @param potassiumServings fewer servings of potassium-rich food than this is few (2)
	 * @param longStandingHours this many hours standing, or more, is long (6)
	 * @param longSittingHours this many hours sitting, or more, is long (8)
	 * @param olderAgeYears from this age on, age counts as a factor (60)
	 * @param stretchedCrampNightsForMagnesium cramp nights despite stretching before bed before magnesium is worth
	 * asking a clinician about (3)
	 */
	public record Factors(@DefaultValue("2") int minNights, @DefaultValue("1500") int lowWaterMl,
			@DefaultValue("2") double alcoholNearBedHours, @DefaultValue("3") int heavyDrinks,
			@DefaultValue("2") int potassiumServings, @DefaultValue("6") double longStandingHours,
			@DefaultValue("8") double longSittingHours, @DefaultValue("60") int olderAgeYears,
			@DefaultValue("3") int stretchedCrampNightsForMagnesium) {
	}

	/**
	 * Red flags.
	 *
	 * @param frequentNightsPerWeek cramp nights per week, or more, that are frequent (3, i.e. 6 of 14 nights; the
	 * threshold for a window is rounded up)
	 * @param severeIntensity a cramp rated this or more out of 10 is severe (8)
	 * @param severeMinNights nights with a severe cramp before the flag is raised (3)
	 * @param longCrampSeconds a cramp lasting longer than this is long (600 s, 10 minutes)
	 * @param daytimeMinEpisodes daytime cramps before the flag is raised (2)
	 * @param newMedicationDays a medicine started this many days before asOf, or fewer, is new (90)
	 */
	public record RedFlags(@DefaultValue("3") int frequentNightsPerWeek, @DefaultValue("8") int severeIntensity,
			@DefaultValue("3") int severeMinNights, @DefaultValue("600") int longCrampSeconds,
			@DefaultValue("2") int daytimeMinEpisodes, @DefaultValue("90") int newMedicationDays) {

		/** The frequent-cramps threshold for a window: per-week rate scaled to the window, rounded up. */
		public int frequentNightsIn(int windowDays) {
			return (int) Math.ceil(this.frequentNightsPerWeek * windowDays / 7.0);
		}

	}

}
