package org.crampwise.advice.rules;

import java.util.List;

import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceContext;
import org.crampwise.advice.Concern;
import org.crampwise.advice.RedFlagCode;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.advice.Urgency;
import org.crampwise.profile.HealthCondition;

/**
 * Conditions linked with secondary cramps (diabetes, kidney, thyroid, neurological, peripheral artery, liver
 * disease; clinical-reference.md sections 0 and 2), and cramps in the window: mention them to the clinician who
 * looks after the condition. Arguments: the conditions, how many (not fired with conditions: conditions, window
 * nights).
 */
@Component
class ConditionReviewRule extends AbstractRule {

	ConditionReviewRule() {
		super("condition-review", Concern.raises(RedFlagCode.CONDITION_REVIEW, Urgency.ROUTINE));
	}

	@Override
	public RuleOutcome evaluate(AdviceContext context) {
		List<HealthCondition> conditions = context.profile().conditions().stream().sorted().toList();
		if (conditions.isEmpty()) {
			return notFiredAs("none");
		}
		if (context.episodes().isEmpty()) {
			return notFired(conditions, context.windowDays());
		}
		return fired(conditions, conditions.size());
	}

}
