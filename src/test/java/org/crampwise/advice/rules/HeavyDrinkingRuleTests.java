package org.crampwise.advice.rules;

import org.junit.jupiter.api.Test;

import org.crampwise.advice.CheckInBuilder;
import org.crampwise.advice.RuleOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.CheckInBuilder.checkIn;

/** {@code heavy-drinking}: see {@link NightlyFactorRuleContract}, plus the edge of its own threshold. */
class HeavyDrinkingRuleTests extends NightlyFactorRuleContract {

	@Override
	NightlyFactorRule rule() {
		return new HeavyDrinkingRule(this.settings);
	}

	@Override
	CheckInBuilder present(CheckInBuilder checkIn) {
		return checkIn.alcohol(4, 5.0);
	}

	@Override
	CheckInBuilder absent(CheckInBuilder checkIn) {
		return checkIn.noAlcohol();
	}

	@Override
	Object threshold() {
		return 3;
	}

	@Test
	void threeDrinksAreHeavyAndTwoAreNot() {
		RuleOutcome three = evaluate(context().checkIn(checkIn(nightsAgo(1)).alcohol(3, 5.0)).checkIn(checkIn(nightsAgo(2)).alcohol(3, 5.0)));
		RuleOutcome two = evaluate(context().checkIn(checkIn(nightsAgo(1)).alcohol(3, 5.0)).checkIn(checkIn(nightsAgo(2)).alcohol(2, 5.0)));

		assertThat(three.fired()).isTrue();
		assertThat(two.fired()).isFalse();
		assertThat(two.args()).containsExactly(3, 1, 14, 2, 2);
	}

}
