package org.crampwise.advice;

/**
 * One advice rule: a small, pure object with a stable id. It reads the context (and its settings) and returns an
 * outcome, fired or not, with its reason and the numbers behind it. It never writes, notifies, or reads the clock
 * beyond {@link AdviceContext#asOf()}; its cost is linear in the window's data.
 * <p>
 * Every rule is documented in docs/advice-rules.md under its id; a test fails when the code and that document
 * disagree.
 */
public interface AdviceRule {

	/** The stable kebab-case id, also the message key prefix {@code advice.<id>.}. */
	String id();

	/** What this rule is about; every outcome it returns carries this concern. */
	Concern concern();

	/** Evaluates the rule; never null, never throws for a valid context. */
	RuleOutcome evaluate(AdviceContext context);

}
