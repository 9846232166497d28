package org.crampwise.advice;

/**
 * How often a nightly factor was present in the window, how many of those nights had cramps, and the user's own
 * baseline: the known nights without the factor and how many of those had cramps. Unknown nights (no cramp logged,
 * no "no cramps") are on neither side of the comparison.
 *
 * @param nights nights on which the factor was present
 * @param crampNights of those, nights that also had a cramp (see {@link AdviceContext#crampNights()})
 * @param answered nights whose check-in answered the question at all (present or not)
 * @param knownNights of the nights present, the known ones
 * @param otherKnownNights known nights whose check-in said the factor was absent
 * @param otherCrampNights of those, cramp nights
 */
public record NightCount(int nights, int crampNights, int answered, int knownNights, int otherKnownNights,
		int otherCrampNights) {

	/** A count without the baseline (every present night taken as known, no other night). */
	public NightCount(int nights, int crampNights, int answered) {
		this(nights, crampNights, answered, nights, 0, 0);
	}

}
