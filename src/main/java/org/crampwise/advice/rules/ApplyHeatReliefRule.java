package org.crampwise.advice.rules;

import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.episode.Relief;

/** Active relief {@code APPLY_HEAT}: see {@link ActiveReliefRule}. */
@Component
class ApplyHeatReliefRule extends ActiveReliefRule {

	ApplyHeatReliefRule(AdviceSettings settings) {
		super("relief-apply-heat", Relief.APPLY_HEAT, settings);
	}

}
