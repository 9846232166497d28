package org.crampwise.advice.rules;

import org.junit.jupiter.api.Test;

import org.crampwise.advice.CheckInBuilder;
import org.crampwise.advice.RuleOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.CheckInBuilder.checkIn;

/** {@code long-sitting}: see {@link NightlyFactorRuleContract}, plus the edge of its own threshold. */
class LongSittingRuleTests extends NightlyFactorRuleContract {

	@Override
	NightlyFactorRule rule() {
		return new LongSittingRule(this.settings);
	}

	@Override
	CheckInBuilder present(CheckInBuilder checkIn) {
		return checkIn.sitting(10);
	}

	@Override
	CheckInBuilder absent(CheckInBuilder checkIn) {
		return checkIn.sitting(3);
	}

	@Override
	Object threshold() {
		return 8.0;
	}

	@Test
	void eightHoursSittingIsLongAndSevenAndAHalfAreNot() {
		RuleOutcome eight = evaluate(context().checkIn(checkIn(nightsAgo(1)).sitting(8)).checkIn(checkIn(nightsAgo(2)).sitting(8)));
		RuleOutcome less = evaluate(context().checkIn(checkIn(nightsAgo(1)).sitting(8)).checkIn(checkIn(nightsAgo(2)).sitting(7.5)));

		assertThat(eight.fired()).isTrue();
		assertThat(less.fired()).isFalse();
	}

}
