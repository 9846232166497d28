package org.crampwise.advice.rules;

import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.episode.Relief;

/** Active relief {@code MASSAGE}: see {@link ActiveReliefRule}. */
@Component
class MassageReliefRule extends ActiveReliefRule {

	MassageReliefRule(AdviceSettings settings) {
		super("relief-massage", Relief.MASSAGE, settings);
	}

}
