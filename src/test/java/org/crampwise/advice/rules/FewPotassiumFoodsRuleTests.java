package org.crampwise.advice.rules;

import org.junit.jupiter.api.Test;

import org.crampwise.advice.CheckInBuilder;
import org.crampwise.advice.RuleOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.CheckInBuilder.checkIn;

/** {@code few-potassium-foods}: see {@link NightlyFactorRuleContract}, plus the edge of its own threshold. */
class FewPotassiumFoodsRuleTests extends NightlyFactorRuleContract {

	@Override
	NightlyFactorRule rule() {
		return new FewPotassiumFoodsRule(this.settings);
	}

	@Override
	CheckInBuilder present(CheckInBuilder checkIn) {
		return checkIn.potassiumServings(0);
	}

	@Override
	CheckInBuilder absent(CheckInBuilder checkIn) {
		return checkIn.potassiumServings(3);
	}

	@Override
	Object threshold() {
		return 2;
	}

	@Test
	void oneServingIsFewAndTwoAreEnough() {
		RuleOutcome one = evaluate(context().checkIn(checkIn(nightsAgo(1)).potassiumServings(1)).checkIn(checkIn(nightsAgo(2)).potassiumServings(1)));
		RuleOutcome two = evaluate(context().checkIn(checkIn(nightsAgo(1)).potassiumServings(1)).checkIn(checkIn(nightsAgo(2)).potassiumServings(2)));

		assertThat(one.fired()).isTrue();
		assertThat(two.fired()).isFalse();
	}

}
