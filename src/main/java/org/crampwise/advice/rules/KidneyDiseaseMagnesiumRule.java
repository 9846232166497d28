package org.crampwise.advice.rules;

import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceContext;
import org.crampwise.advice.Concern;
import org.crampwise.advice.Remedy;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.profile.HealthCondition;

/**
 * Safety: no magnesium with kidney disease (it builds up when the kidneys cannot clear it). If the user logged
 * taking a magnesium supplement in the window, the reason says so (variant {@code taking}, argument: nights).
 */
@Component
class KidneyDiseaseMagnesiumRule extends AbstractRule {

	KidneyDiseaseMagnesiumRule() {
		super("kidney-disease-magnesium", Concern.withholds(Remedy.MAGNESIUM));
	}

	@Override
	public RuleOutcome evaluate(AdviceContext context) {
		if (!context.profile().has(HealthCondition.KIDNEY_DISEASE)) {
			return notFired();
		}
		int nights = context.count(c -> c.magnesiumSupplement()).nights();
		return nights > 0 ? firedAs("taking", nights) : fired();
	}

}
