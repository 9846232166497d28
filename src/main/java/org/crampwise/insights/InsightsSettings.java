package org.crampwise.insights;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every number of the insights method, under {@code crampwise.insights.*}, with the defaults of docs/insights.md.
 *
 * @param defaultNights the range when none is given: this many nights ending last night (365)
 * @param maxNights the longest range (1096)
 * @param fdr the Benjamini-Hochberg false discovery rate (0.10)
 * @param minExposed exposed nights before a verdict (14)
 * @param minUnexposed unexposed nights before a verdict (14)
 * @param minCrampNights cramp nights among the usable ones before a verdict (8)
 * @param minUsableNights usable nights before a verdict (28)
 * @param minRateDifference LINKED needs the two rates this far apart (0.10)
 * @param noBigEffectLow NO_BIG_EFFECT needs the interval's lower limit at or above this (0.67)
 * @param noBigEffectHigh and its upper limit at or below this (1.5)
 * @param bundleAgreement factors agreeing on this share of usable nights, or more, form a bundle (0.80)
 * @param bundleMinNights nights both factors must answer before they can form a bundle (14)
 * @param copiedShare above this share of copied check-ins among usable nights, verdicts are also computed without
 * them (0.25)
 * @param monthStrataAfterMonths stratify on calendar month too once the data span more months than this (3)
 * @param medicationNights known nights on each side of a medication's start (56)
 * @param medicationSkipNights nights after the start left out (7)
 * @param medicationMinNights known nights needed on each side (28)
 * @param maxNightsNeeded the most "nights needed" ever said (1000): beyond it, "many more"
 */
@ConfigurationProperties("crampwise.insights")
public record InsightsSettings(@DefaultValue("365") int defaultNights, @DefaultValue("1096") int maxNights,
		@DefaultValue("0.10") double fdr, @DefaultValue("14") int minExposed, @DefaultValue("14") int minUnexposed,
		@DefaultValue("8") int minCrampNights, @DefaultValue("28") int minUsableNights,
		@DefaultValue("0.10") double minRateDifference, @DefaultValue("0.67") double noBigEffectLow,
		@DefaultValue("1.5") double noBigEffectHigh, @DefaultValue("0.80") double bundleAgreement,
		@DefaultValue("14") int bundleMinNights, @DefaultValue("0.25") double copiedShare,
		@DefaultValue("3") int monthStrataAfterMonths, @DefaultValue("56") int medicationNights,
		@DefaultValue("7") int medicationSkipNights, @DefaultValue("28") int medicationMinNights,
		@DefaultValue("1000") int maxNightsNeeded) {

	/** The defaults, bound exactly as the application binds an empty {@code crampwise.insights} section. */
	public static InsightsSettings defaults() {
		return new Binder().bindOrCreate("crampwise.insights", Bindable.of(InsightsSettings.class));
	}

}
