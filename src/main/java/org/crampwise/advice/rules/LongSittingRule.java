package org.crampwise.advice.rules;

import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Concern;
import org.crampwise.advice.NightlyFactor;
import org.crampwise.advice.Remedy;

/** A sedentary day: {@code factors.long-sitting-hours} hours or more sitting (DEL20). */
@Component
class LongSittingRule extends NightlyFactorRule {

	LongSittingRule(AdviceSettings settings) {
		super("long-sitting", NightlyFactor.LONG_SITTING, Concern.recommends(Remedy.AVOID_PROLONGED_POSITIONS), settings);
	}

}
