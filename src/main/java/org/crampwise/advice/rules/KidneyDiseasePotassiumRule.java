package org.crampwise.advice.rules;

import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceContext;
import org.crampwise.advice.Concern;
import org.crampwise.advice.Remedy;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.profile.HealthCondition;

/** Safety: no extra potassium with kidney disease (it can build up to dangerous levels). */
@Component
class KidneyDiseasePotassiumRule extends AbstractRule {

	KidneyDiseasePotassiumRule() {
		super("kidney-disease-potassium", Concern.withholds(Remedy.POTASSIUM_FOODS));
	}

	@Override
	public RuleOutcome evaluate(AdviceContext context) {
		return context.profile().has(HealthCondition.KIDNEY_DISEASE) ? fired() : notFired();
	}

}
