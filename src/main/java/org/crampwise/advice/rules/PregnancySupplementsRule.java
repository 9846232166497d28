package org.crampwise.advice.rules;

import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceContext;
import org.crampwise.advice.Concern;
import org.crampwise.advice.Remedy;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.profile.Pregnancy;

/**
 * Safety: in pregnancy any supplement goes through the maternity clinician (COCHP20: magnesium trials in pregnancy
 * disagree), so magnesium is withheld from self-care. Arguments: the trimester (variant {@code taking}: also the
 * nights a magnesium supplement was logged).
 */
@Component
class PregnancySupplementsRule extends AbstractRule {

	PregnancySupplementsRule() {
		super("pregnancy-supplements", Concern.withholds(Remedy.MAGNESIUM));
	}

	@Override
	public RuleOutcome evaluate(AdviceContext context) {
		Pregnancy pregnancy = context.profile().pregnancy();
		if (!pregnancy.isPregnant()) {
			return notFired();
		}
		int nights = context.count(c -> c.magnesiumSupplement()).nights();
		return nights > 0 ? firedAs("taking", pregnancy, nights) : fired(pregnancy);
	}

}
