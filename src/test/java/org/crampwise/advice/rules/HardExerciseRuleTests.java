package org.crampwise.advice.rules;

import org.junit.jupiter.api.Test;

import org.crampwise.advice.CheckInBuilder;
import org.crampwise.advice.RuleOutcome;

import org.crampwise.checkin.ExerciseLevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.CheckInBuilder.checkIn;

/** {@code hard-exercise}: see {@link NightlyFactorRuleContract}, plus the edge of its own threshold. */
class HardExerciseRuleTests extends NightlyFactorRuleContract {

	@Override
	NightlyFactorRule rule() {
		return new HardExerciseRule(this.settings);
	}

	@Override
	CheckInBuilder present(CheckInBuilder checkIn) {
		return checkIn.exercise(ExerciseLevel.HARD);
	}

	@Override
	CheckInBuilder absent(CheckInBuilder checkIn) {
		return checkIn.exercise(ExerciseLevel.LIGHT);
	}

	@Override
	Object threshold() {
		return ExerciseLevel.HARD;
	}

	@Test
	void onlyHardExerciseCountsNotModerate() {
		RuleOutcome outcome = evaluate(context().checkIn(checkIn(nightsAgo(1)).exercise(ExerciseLevel.HARD))
			.checkIn(checkIn(nightsAgo(2)).exercise(ExerciseLevel.MODERATE)));

		assertThat(outcome.fired()).isFalse();
		assertThat(outcome.args()).containsExactly(ExerciseLevel.HARD, 1, 14, 2, 2);
	}

}
