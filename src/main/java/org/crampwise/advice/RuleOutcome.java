package org.crampwise.advice;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * What one rule concluded about one context: whether it fired, what it concerns, the score it adds to its remedy's
 * ranking, and the reason as a message key with the user's own numbers as arguments. A rule returns an outcome
 * whether or not it fired, so the report can say why something was or was not suggested.
 * <p>
 * Arguments are plain values the renderer formats: numbers, strings, {@link java.time.LocalDate}s (a localized
 * date), enums (their label {@code advice.enum.<Type>.<CONSTANT>}) and collections of these (joined as "a, b and
 * c").
 *
 * @param ruleId the id of the rule that produced it
 * @param concern what the rule is about
 * @param fired whether the rule's trigger held
 * @param score what a fired recommendation adds to its remedy's ranking score (0 otherwise)
 * @param messageKey the reason's message key, {@code advice.<rule-id>.fired[.variant]} or
 * {@code advice.<rule-id>.not-fired[.variant]}
 * @param args the reason's arguments
 * @param generic whether the reason is only a generic count ("You logged 9 cramps"), which a recommendation drops
 * when it has a specific reason too
 */
public record RuleOutcome(String ruleId, Concern concern, boolean fired, int score, String messageKey,
		List<Object> args, boolean generic) {

	public RuleOutcome {
		args = List.copyOf(args.stream().map(RuleOutcome::immutable).toList());
		if (score < 0 || (score > 0 && !(fired && concern.effect() == Effect.RECOMMEND))) {
			throw new IllegalArgumentException("Only a fired recommendation has a score: " + ruleId);
		}
	}

	public RuleOutcome(String ruleId, Concern concern, boolean fired, int score, String messageKey, List<Object> args) {
		this(ruleId, concern, fired, score, messageKey, args, false);
	}

	/** A fired recommendation whose reason is only a generic count (see {@link #generic()}). */
	public static RuleOutcome recommendedGeneric(String ruleId, Concern concern, int score, String messageKey,
			Object... args) {
		return new RuleOutcome(ruleId, concern, true, score, messageKey, Arrays.asList(args), true);
	}

	/** A fired outcome without a score (a withhold, caution or red flag). */
	public static RuleOutcome fired(String ruleId, Concern concern, String messageKey, Object... args) {
		return new RuleOutcome(ruleId, concern, true, 0, messageKey, Arrays.asList(args));
	}

	/** A fired recommendation with its ranking score. */
	public static RuleOutcome recommended(String ruleId, Concern concern, int score, String messageKey,
			Object... args) {
		return new RuleOutcome(ruleId, concern, true, score, messageKey, Arrays.asList(args));
	}

	public static RuleOutcome notFired(String ruleId, Concern concern, String messageKey, Object... args) {
		return new RuleOutcome(ruleId, concern, false, 0, messageKey, Arrays.asList(args));
	}

	private static Object immutable(Object arg) {
		return arg instanceof Collection<?> collection ? List.copyOf(collection) : arg;
	}

}
