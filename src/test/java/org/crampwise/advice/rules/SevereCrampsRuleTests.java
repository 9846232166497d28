package org.crampwise.advice.rules;

import org.junit.jupiter.api.Test;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.RedFlagCode;
import org.crampwise.advice.RuleOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.EpisodeBuilder.cramp;

class SevereCrampsRuleTests {

	private final SevereCrampsRule rule = new SevereCrampsRule(AdviceSettings.defaults());

	@Test
	void firesForCrampsRatedEightOrMoreOnThreeNights() {
		RuleOutcome outcome = this.rule.evaluate(context().episode(cramp(nightsAgo(1)).intensity(8))
			.episode(cramp(nightsAgo(3)).intensity(10))
			.episode(cramp(nightsAgo(7)).intensity(9))
			.episode(cramp(nightsAgo(8)).intensity(4))
			.build());

		assertThat(outcome.fired()).isTrue();
		assertThat(outcome.concern().redFlag()).isEqualTo(RedFlagCode.SEVERE_CRAMPS);
		assertThat(outcome.args()).containsExactly(3, 8, 14, 4);
	}

	@Test
	void twoSevereCrampsOnOneNightCountOnceAndSevenIsNotSevere() {
		RuleOutcome outcome = this.rule.evaluate(context().episode(cramp(nightsAgo(1)).intensity(9))
			.episode(cramp(nightsAgo(1)).intensity(9))
			.episode(cramp(nightsAgo(3)).intensity(8))
			.episode(cramp(nightsAgo(5)).intensity(7))
			.build());

		assertThat(outcome.fired()).isFalse();
		assertThat(outcome.args()).containsExactly(2, 8, 3);
	}

}
