package org.crampwise.advice;

import org.jspecify.annotations.Nullable;

/**
 * One rule's outcome in words: the trace that answers "why was X (not) suggested?".
 *
 * @param rule the rule id
 * @param fired whether its trigger held
 * @param applied whether it changed the report: false for a fired recommendation or caution whose remedy is
 * withheld, and for every rule that did not fire
 * @param effect what the rule does when it fires
 * @param remedy the remedy it is about, if any
 * @param redFlag the red flag it is about, if any
 * @param score what it added to its remedy's ranking score
 * @param message the reason, with the user's numbers
 */
public record RuleExplanation(String rule, boolean fired, boolean applied, Effect effect, @Nullable Remedy remedy,
		@Nullable RedFlagCode redFlag, int score, String message) {

}
