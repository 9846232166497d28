package org.crampwise.advice.rules;

import java.time.LocalTime;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import org.crampwise.advice.AdviceContextBuilder;
import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.RedFlagCode;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.advice.Urgency;

import static org.crampwise.advice.EpisodeBuilder.daytime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.EpisodeBuilder.cramp;

class DaytimeCrampsRuleTests {

	private final DaytimeCrampsRule rule = new DaytimeCrampsRule(AdviceSettings.defaults());

	@Test
	void firesForTwoDaytimeCramps() {
		RuleOutcome outcome = this.rule.evaluate(context().episode(daytime(nightsAgo(2))).episode(daytime(nightsAgo(5))).build());

		assertThat(outcome.fired()).isTrue();
		assertThat(outcome.concern().redFlag()).isEqualTo(RedFlagCode.DAYTIME_CRAMPS);
		assertThat(outcome.concern().urgency()).isEqualTo(Urgency.SOON);
		assertThat(outcome.args()).containsExactly(2, 14);
	}

	@Test
	void doesNotFireForOneDaytimeCrampAmongNightOnes() {
		RuleOutcome outcome = this.rule.evaluate(context().episode(daytime(nightsAgo(2))).episode(cramp(nightsAgo(3))).episode(cramp(nightsAgo(4))).build());

		assertThat(outcome.fired()).isFalse();
		assertThat(outcome.args()).containsExactly(1, 2);
	}

	@Test
	void aCrampAtTwentyHundredIsAnEveningOneNotADaytimeOne() {
		RuleOutcome outcome = this.rule.evaluate(context().episode(daytime(nightsAgo(2)))
			.episode(cramp(nightsAgo(3)).startedAt(OffsetDateTime.of(nightsAgo(3), LocalTime.of(20, 0), AdviceContextBuilder.OFFSET)))
			.episode(cramp(nightsAgo(4)).startedAt(OffsetDateTime.of(nightsAgo(4), LocalTime.of(19, 59), AdviceContextBuilder.OFFSET)))
			.build());

		assertThat(outcome.args()).containsExactly(2, 14);
	}

}
