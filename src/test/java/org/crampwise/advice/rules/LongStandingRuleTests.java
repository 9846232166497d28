package org.crampwise.advice.rules;

import org.junit.jupiter.api.Test;

import org.crampwise.advice.CheckInBuilder;
import org.crampwise.advice.RuleOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.CheckInBuilder.checkIn;

/** {@code long-standing}: see {@link NightlyFactorRuleContract}, plus the edge of its own threshold. */
class LongStandingRuleTests extends NightlyFactorRuleContract {

	@Override
	NightlyFactorRule rule() {
		return new LongStandingRule(this.settings);
	}

	@Override
	CheckInBuilder present(CheckInBuilder checkIn) {
		return checkIn.standing(9);
	}

	@Override
	CheckInBuilder absent(CheckInBuilder checkIn) {
		return checkIn.standing(2);
	}

	@Override
	Object threshold() {
		return 6.0;
	}

	@Test
	void sixHoursStandingIsLongAndFiveAndAHalfAreNot() {
		RuleOutcome six = evaluate(context().checkIn(checkIn(nightsAgo(1)).standing(6)).checkIn(checkIn(nightsAgo(2)).standing(6)));
		RuleOutcome less = evaluate(context().checkIn(checkIn(nightsAgo(1)).standing(6)).checkIn(checkIn(nightsAgo(2)).standing(5.5)));

		assertThat(six.fired()).isTrue();
		assertThat(less.fired()).isFalse();
	}

}
