package org.crampwise.advice.rules;

import org.crampwise.advice.Urgency;
import org.crampwise.episode.WarningSign;

/** See {@link WarningSignRuleContract}. */
class MuscleWeaknessRuleTests extends WarningSignRuleContract {

	@Override
	WarningSignRule rule() {
		return new MuscleWeaknessRule();
	}

	@Override
	WarningSign sign() {
		return WarningSign.MUSCLE_WEAKNESS;
	}

	@Override
	Urgency urgency() {
		return Urgency.SOON;
	}

}
