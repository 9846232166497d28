package org.crampwise.advice.rules;

import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceContext;
import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Concern;
import org.crampwise.advice.RedFlagCode;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.advice.Urgency;

/**
 * "Frequent or severe" cramps (the source article; NHS: frequent enough to disturb sleep): cramp nights at
 * {@code red-flags.frequent-nights-per-week} per week or more, scaled to the window and rounded up (6 of 14).
 * Arguments: cramp nights, window nights, known nights of the window (not fired: cramp nights, window nights, the
 * threshold, known nights). Unknown nights are never counted as nights without cramps.
 */
@Component
class FrequentCrampsRule extends AbstractRule {

	private final AdviceSettings settings;

	FrequentCrampsRule(AdviceSettings settings) {
		super("frequent-cramps", Concern.raises(RedFlagCode.FREQUENT_CRAMPS, Urgency.ROUTINE));
		this.settings = settings;
	}

	@Override
	public RuleOutcome evaluate(AdviceContext context) {
		int nights = context.crampNights().size();
		int threshold = this.settings.redFlags().frequentNightsIn(context.windowDays());
		if (nights < threshold) {
			return notFired(nights, context.windowDays(), threshold, context.knownNights());
		}
		return fired(nights, context.windowDays(), context.knownNights());
	}

}
