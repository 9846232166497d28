package org.crampwise.advice.rules;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Concern;
import org.crampwise.advice.Remedy;
import org.crampwise.checkin.CheckIn;
import org.crampwise.checkin.ExerciseLevel;

/** Overuse and muscle fatigue: a HARD exercise day. Stretching the worked muscles before bed is the answer. */
@Component
class HardExerciseRule extends NightlyFactorRule {

	HardExerciseRule(AdviceSettings settings) {
		super("hard-exercise", Concern.recommends(Remedy.STRETCH_BEFORE_BED), settings);
	}

	@Override
	@Nullable Boolean present(CheckIn checkIn) {
		return checkIn.exercise() == null ? null : checkIn.exercise() == ExerciseLevel.HARD;
	}

	@Override
	Object threshold() {
		return ExerciseLevel.HARD;
	}

}
