package org.crampwise.advice.rules;

import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Concern;
import org.crampwise.advice.NightlyFactor;
import org.crampwise.advice.Remedy;

/** Strain from long standing: {@code factors.long-standing-hours} hours or more on one's feet (BAHK12). */
@Component
class LongStandingRule extends NightlyFactorRule {

	LongStandingRule(AdviceSettings settings) {
		super("long-standing", NightlyFactor.LONG_STANDING, Concern.recommends(Remedy.AVOID_PROLONGED_POSITIONS), settings);
	}

}
