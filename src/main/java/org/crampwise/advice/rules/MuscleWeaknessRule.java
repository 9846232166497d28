package org.crampwise.advice.rules;

import org.springframework.stereotype.Component;

import org.crampwise.advice.RedFlagCode;
import org.crampwise.advice.Urgency;
import org.crampwise.episode.WarningSign;

/** Muscle weakness is not part of ordinary cramps (nerve or muscle disease): soon. */
@Component
class MuscleWeaknessRule extends WarningSignRule {

	MuscleWeaknessRule() {
		super("muscle-weakness", WarningSign.MUSCLE_WEAKNESS, RedFlagCode.MUSCLE_WEAKNESS, Urgency.SOON);
	}

}
