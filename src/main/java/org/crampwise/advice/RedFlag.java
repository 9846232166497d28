package org.crampwise.advice;

/**
 * A sign that self-care is not enough.
 *
 * @param code the red-flag code
 * @param message what was noticed, in the user's own numbers, and what to do
 * @param urgency how soon to see a clinician
 */
public record RedFlag(RedFlagCode code, String message, Urgency urgency) {

}
