package org.crampwise.advice;

import java.util.Objects;

/**
 * What the user's own diary says about one nightly factor, as the insights judge it over a long range (a year): only
 * a gated verdict ever reaches the advice, never a raw coincidence. {@link NightlyFactor#remedyRaisedBy} and
 * {@link NightlyFactor#remedyLoweredBy} say what it does to the tips.
 *
 * @param factor the factor
 * @param finding what the insight found
 * @param nights known nights with the factor
 * @param crampNights of those, cramp nights
 * @param otherNights known nights without it
 * @param otherCrampNights of those, cramp nights
 */
public record FactorPattern(NightlyFactor factor, Finding finding, int nights, int crampNights, int otherNights,
		int otherCrampNights) {

	public FactorPattern {
		Objects.requireNonNull(factor, "factor");
		Objects.requireNonNull(finding, "finding");
	}

	/** The gated verdicts: LINKED in either direction, or no big effect. */
	public enum Finding {

		/** LINKED: nights with the factor had cramps more often. */
		MORE_CRAMPS,

		/** LINKED: nights with the factor had cramps less often. */
		FEWER_CRAMPS,

		/** The risk ratio's whole range lies close to 1: whatever the link, it is small. */
		NO_BIG_EFFECT

	}

}
