package org.crampwise.advice.rules;

import org.junit.jupiter.api.Test;

import org.crampwise.advice.AdviceContextBuilder;
import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.EpisodeBuilder;
import org.crampwise.advice.RedFlagCode;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.advice.Urgency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.EpisodeBuilder.cramp;

class FrequentCrampsRuleTests {

	private final FrequentCrampsRule rule = new FrequentCrampsRule(AdviceSettings.defaults());

	private static AdviceContextBuilder crampNights(int nights) {
		AdviceContextBuilder context = context();
		for (int n = 1; n <= nights; n++) {
			context.episode(cramp(nightsAgo(n)));
		}
		return context;
	}

	@Test
	void firesForSixCrampNightsInFourteen() {
		RuleOutcome outcome = this.rule.evaluate(crampNights(6).build());

		assertThat(outcome.fired()).isTrue();
		assertThat(outcome.concern().redFlag()).isEqualTo(RedFlagCode.FREQUENT_CRAMPS);
		assertThat(outcome.concern().urgency()).isEqualTo(Urgency.ROUTINE);
		assertThat(outcome.args()).containsExactly(6, 14, 6);
	}

	@Test
	void doesNotFireForFiveAndSaysWhereItStarts() {
		RuleOutcome outcome = this.rule.evaluate(crampNights(5).episode(cramp(nightsAgo(1))).build());

		assertThat(outcome.fired()).isFalse();
		assertThat(outcome.args()).containsExactly(5, 14, 6, 5);
	}

	@Test
	void theThresholdScalesWithTheWindowRoundedUp() {
		RuleOutcome week = this.rule.evaluate(crampNights(3).windowDays(7).build());
		RuleOutcome tenNights = this.rule.evaluate(crampNights(4).windowDays(10).build());

		assertThat(week.fired()).isTrue();
		assertThat(tenNights.fired()).isFalse();
		assertThat(tenNights.args()).containsExactly(4, 10, 5, 4);
	}

	@Test
	void daytimeCrampsDoNotMakeNightsFrequent() {
		AdviceContextBuilder context = crampNights(5);
		context.episode(EpisodeBuilder.daytime(nightsAgo(9)));

		assertThat(this.rule.evaluate(context.build()).fired()).isFalse();
	}

}
