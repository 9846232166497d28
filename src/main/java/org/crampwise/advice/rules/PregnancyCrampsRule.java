package org.crampwise.advice.rules;

import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceContext;
import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Concern;
import org.crampwise.advice.Remedy;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.profile.Pregnancy;

/**
 * Pregnancy: cramps are common, above all in the second and third trimester; gentle stretching is safe (supplements
 * go to the maternity clinician, see {@code pregnancy-supplements}). Scores {@code standing-weight}. Argument: the
 * trimester.
 */
@Component
class PregnancyCrampsRule extends AbstractRule {

	private final AdviceSettings settings;

	PregnancyCrampsRule(AdviceSettings settings) {
		super("pregnancy-cramps", Concern.recommends(Remedy.STRETCH_BEFORE_BED));
		this.settings = settings;
	}

	@Override
	public RuleOutcome evaluate(AdviceContext context) {
		Pregnancy pregnancy = context.profile().pregnancy();
		if (!pregnancy.isPregnant()) {
			return notFired();
		}
		return recommended(this.settings.ranking().standingWeight(), pregnancy);
	}

}
