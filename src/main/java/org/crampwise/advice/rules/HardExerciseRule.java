package org.crampwise.advice.rules;

import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Concern;
import org.crampwise.advice.NightlyFactor;
import org.crampwise.advice.Remedy;
import org.crampwise.checkin.ExerciseLevel;

/** Overuse and muscle fatigue: a HARD exercise day. Stretching the worked muscles before bed is the answer. */
@Component
class HardExerciseRule extends NightlyFactorRule {

	HardExerciseRule(AdviceSettings settings) {
		super("hard-exercise", NightlyFactor.HARD_EXERCISE, Concern.recommends(Remedy.STRETCH_BEFORE_BED), settings);
	}

	@Override
	Object threshold() {
		return ExerciseLevel.HARD;
	}

}
