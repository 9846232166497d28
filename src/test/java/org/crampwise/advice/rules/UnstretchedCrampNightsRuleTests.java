package org.crampwise.advice.rules;

import org.junit.jupiter.api.Test;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Remedy;
import org.crampwise.advice.RuleOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.CheckInBuilder.checkIn;
import static org.crampwise.advice.EpisodeBuilder.cramp;

class UnstretchedCrampNightsRuleTests {

	private final UnstretchedCrampNightsRule rule = new UnstretchedCrampNightsRule(AdviceSettings.defaults());

	@Test
	void firesForACrampNightWithoutAStretchLogged() {
		RuleOutcome outcome = this.rule.evaluate(context().checkIn(checkIn(nightsAgo(2)).stretched(false))
			.episode(cramp(nightsAgo(2)))
			.build());

		assertThat(outcome.fired()).isTrue();
		assertThat(outcome.concern().remedy()).isEqualTo(Remedy.STRETCH_BEFORE_BED);
		assertThat(outcome.args()).containsExactly(1, 14, 1, 1);
		assertThat(outcome.score()).isEqualTo(3);
	}

	@Test
	void aCrampNightWithoutACheckInCountsAsUnstretched() {
		RuleOutcome outcome = this.rule.evaluate(context().checkIn(checkIn(nightsAgo(1)).stretched(true))
			.episode(cramp(nightsAgo(1)))
			.episode(cramp(nightsAgo(4)))
			.episode(cramp(nightsAgo(5)))
			.checkIn(checkIn(nightsAgo(5)).water(2000))
			.build());

		assertThat(outcome.args()).containsExactly(3, 14, 2, 3);
		assertThat(outcome.score()).isEqualTo(6);
	}

	@Test
	void doesNotFireWhenEveryCrampNightFollowedAStretch() {
		RuleOutcome outcome = this.rule.evaluate(context().checkIn(checkIn(nightsAgo(1)).stretched(true))
			.checkIn(checkIn(nightsAgo(2)).stretched(true))
			.checkIn(checkIn(nightsAgo(3)).stretched(false))
			.episode(cramp(nightsAgo(1)))
			.episode(cramp(nightsAgo(2)))
			.build());

		assertThat(outcome.fired()).isFalse();
		assertThat(outcome.messageKey()).isEqualTo("advice.unstretched-cramp-nights.not-fired");
		assertThat(outcome.args()).containsExactly(2);
	}

	@Test
	void doesNotFireWithoutCrampNights() {
		RuleOutcome outcome = this.rule
			.evaluate(context().checkIn(checkIn(nightsAgo(1)).stretched(false)).episode(
					org.crampwise.advice.EpisodeBuilder.daytime(nightsAgo(1)))
				.build());

		assertThat(outcome.fired()).isFalse();
		assertThat(outcome.messageKey()).isEqualTo("advice.unstretched-cramp-nights.not-fired.no-cramps");
		assertThat(outcome.args()).containsExactly(14);
	}

}
