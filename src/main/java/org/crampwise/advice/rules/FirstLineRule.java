package org.crampwise.advice.rules;

import org.crampwise.advice.AdviceContext;
import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Concern;
import org.crampwise.advice.Remedy;
import org.crampwise.advice.RuleOutcome;

/**
 * General first-line advice when the window has no episode: with nothing logged at all it also invites the user to
 * log (variant {@code no-data}); with check-ins but no cramp it says stretching is still the first thing to try
 * (variant {@code no-cramps}). Scores {@code first-line-weight}. Argument: window nights (not fired: episodes).
 */
abstract class FirstLineRule extends AbstractRule {

	private final AdviceSettings settings;

	FirstLineRule(String id, Remedy remedy, AdviceSettings settings) {
		super(id, Concern.recommends(remedy));
		this.settings = settings;
	}

	@Override
	public final RuleOutcome evaluate(AdviceContext context) {
		if (!context.episodes().isEmpty()) {
			return notFired(context.episodes().size());
		}
		int score = this.settings.ranking().firstLineWeight();
		return context.hasDiaryData() ? recommendedGenericAs("no-cramps", score, context.windowDays())
				: recommendedGenericAs("no-data", score, context.windowDays());
	}

}
