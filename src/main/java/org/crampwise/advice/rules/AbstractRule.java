package org.crampwise.advice.rules;

import org.crampwise.advice.AdviceRule;
import org.crampwise.advice.Concern;
import org.crampwise.advice.RuleOutcome;

/**
 * The id, the concern and the message keys every rule shares: {@code advice.<id>.fired[.variant]} and
 * {@code advice.<id>.not-fired[.variant]}.
 */
abstract class AbstractRule implements AdviceRule {

	private final String id;

	private final Concern concern;

	AbstractRule(String id, Concern concern) {
		this.id = id;
		this.concern = concern;
	}

	@Override
	public final String id() {
		return this.id;
	}

	@Override
	public final Concern concern() {
		return this.concern;
	}

	/** Fired, for a withhold, caution or red flag. */
	final RuleOutcome fired(Object... args) {
		return RuleOutcome.fired(this.id, this.concern, key("fired", null), args);
	}

	final RuleOutcome firedAs(String variant, Object... args) {
		return RuleOutcome.fired(this.id, this.concern, key("fired", variant), args);
	}

	/** Fired, for a recommendation with its ranking score. */
	final RuleOutcome recommended(int score, Object... args) {
		return RuleOutcome.recommended(this.id, this.concern, score, key("fired", null), args);
	}

	final RuleOutcome recommendedAs(String variant, int score, Object... args) {
		return RuleOutcome.recommended(this.id, this.concern, score, key("fired", variant), args);
	}

	/** A recommendation whose reason is only a generic count, dropped when the remedy has a specific reason too. */
	final RuleOutcome recommendedGeneric(int score, Object... args) {
		return RuleOutcome.recommendedGeneric(this.id, this.concern, score, key("fired", null), args);
	}

	final RuleOutcome recommendedGenericAs(String variant, int score, Object... args) {
		return RuleOutcome.recommendedGeneric(this.id, this.concern, score, key("fired", variant), args);
	}

	final RuleOutcome notFired(Object... args) {
		return RuleOutcome.notFired(this.id, this.concern, key("not-fired", null), args);
	}

	final RuleOutcome notFiredAs(String variant, Object... args) {
		return RuleOutcome.notFired(this.id, this.concern, key("not-fired", variant), args);
	}

	private String key(String outcome, @org.jspecify.annotations.Nullable String variant) {
		return "advice." + this.id + "." + outcome + (variant == null ? "" : "." + variant);
	}

}
