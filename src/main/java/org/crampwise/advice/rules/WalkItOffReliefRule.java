package org.crampwise.advice.rules;

import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.episode.Relief;

/** Active relief {@code WALK_IT_OFF}: see {@link ActiveReliefRule}. */
@Component
class WalkItOffReliefRule extends ActiveReliefRule {

	WalkItOffReliefRule(AdviceSettings settings) {
		super("relief-walk-it-off", Relief.WALK_IT_OFF, settings);
	}

}
