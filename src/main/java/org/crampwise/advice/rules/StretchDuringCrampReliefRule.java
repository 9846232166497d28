package org.crampwise.advice.rules;

import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.episode.Relief;

/** Active relief {@code STRETCH_DURING_CRAMP}: see {@link ActiveReliefRule}. */
@Component
class StretchDuringCrampReliefRule extends ActiveReliefRule {

	StretchDuringCrampReliefRule(AdviceSettings settings) {
		super("relief-stretch-during-cramp", Relief.STRETCH_DURING_CRAMP, settings);
	}

}
