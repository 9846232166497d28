package org.crampwise.advice.rules;

import org.junit.jupiter.api.Test;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.RedFlagCode;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.advice.Urgency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.EpisodeBuilder.cramp;

class LongCrampRuleTests {

	private final LongCrampRule rule = new LongCrampRule(AdviceSettings.defaults());

	@Test
	void firesForACrampOverTenMinutesAndNamesTheLongest() {
		RuleOutcome outcome = this.rule.evaluate(context().episode(cramp(nightsAgo(2)).seconds(601))
			.episode(cramp(nightsAgo(5)).seconds(900))
			.episode(cramp(nightsAgo(6)).seconds(60))
			.build());

		assertThat(outcome.fired()).isTrue();
		assertThat(outcome.concern().redFlag()).isEqualTo(RedFlagCode.LONG_CRAMP);
		assertThat(outcome.concern().urgency()).isEqualTo(Urgency.SOON);
		assertThat(outcome.args()).containsExactly(15, nightsAgo(5), 10.0, 2);
	}

	@Test
	void exactlyTenMinutesIsNotOverTen() {
		RuleOutcome outcome = this.rule.evaluate(context().episode(cramp(nightsAgo(2)).seconds(600)).build());

		assertThat(outcome.fired()).isFalse();
		assertThat(outcome.args()).containsExactly(600, 10.0);
	}

	@Test
	void oneSecondOverRoundsUpToElevenMinutes() {
		RuleOutcome outcome = this.rule.evaluate(context().episode(cramp(nightsAgo(2)).seconds(601)).build());

		assertThat(outcome.args()).containsExactly(11, nightsAgo(2), 10.0, 1);
	}

	@Test
	void saysSoWithoutCramps() {
		RuleOutcome outcome = this.rule.evaluate(context().build());

		assertThat(outcome.fired()).isFalse();
		assertThat(outcome.messageKey()).isEqualTo("advice.long-cramp.not-fired.no-cramps");
	}

}
