package org.crampwise.advice;

/**
 * How often a nightly factor was present in the window, and how many of those nights had cramps.
 *
 * @param nights nights on which the factor was present
 * @param crampNights of those, nights that also had a cramp (see {@link AdviceContext#crampNights()})
 * @param answered nights whose check-in answered the question at all (present or not)
 */
public record NightCount(int nights, int crampNights, int answered) {

}
