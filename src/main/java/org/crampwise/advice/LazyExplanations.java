package org.crampwise.advice;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * The trace of a report, put into words only when it is read: most answers (the API without {@code explain}, the
 * diary) never show it, and rendering the text of every rule was most of an advice call's cost. Each entry is made
 * once, on first access; the list is unmodifiable and safe to read from several threads (an entry may be made twice
 * in a race, to the same value).
 */
final class LazyExplanations extends AbstractList<RuleExplanation> implements RandomAccess {

	private final List<RuleOutcome> outcomes;

	private final Function<RuleOutcome, RuleExplanation> explain;

	private final RuleExplanation[] made;

	LazyExplanations(List<RuleOutcome> outcomes, Function<RuleOutcome, RuleExplanation> explain) {
		this.outcomes = List.copyOf(outcomes);
		this.explain = explain;
		this.made = new RuleExplanation[this.outcomes.size()];
	}

	@Override
	public RuleExplanation get(int index) {
		RuleExplanation explanation = this.made[index];
		if (explanation == null) {
			explanation = this.explain.apply(this.outcomes.get(index));
			this.made[index] = explanation;
		}
		return explanation;
	}

	@Override
	public int size() {
		return this.outcomes.size();
	}

}
