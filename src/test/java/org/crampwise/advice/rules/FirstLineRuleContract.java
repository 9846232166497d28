package org.crampwise.advice.rules;

import org.junit.jupiter.api.Test;

import org.crampwise.advice.AdviceContext;
import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Remedy;
import org.crampwise.advice.RuleOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.CheckInBuilder.checkIn;
import static org.crampwise.advice.EpisodeBuilder.cramp;

/** What both first-line rules do; one subclass per remedy. */
abstract class FirstLineRuleContract {

	final AdviceSettings settings = AdviceSettings.defaults();

	abstract FirstLineRule rule();

	abstract Remedy remedy();

	@Test
	void withNothingLoggedRecommendsFirstLineAdviceAndInvitesToLog() {
		RuleOutcome outcome = rule().evaluate(AdviceContext.empty(org.crampwise.advice.AdviceContextBuilder.AS_OF, 14));

		assertThat(outcome.fired()).isTrue();
		assertThat(outcome.concern().remedy()).isEqualTo(remedy());
		assertThat(outcome.messageKey()).isEqualTo("advice." + rule().id() + ".fired.no-data");
		assertThat(outcome.args()).containsExactly(14);
		assertThat(outcome.score()).isEqualTo(1);
	}

	@Test
	void withCheckInsButNoCrampsStillRecommendsIt() {
		RuleOutcome outcome = rule().evaluate(context().checkIn(checkIn(nightsAgo(1)).water(2000)).windowDays(7).build());

		assertThat(outcome.fired()).isTrue();
		assertThat(outcome.messageKey()).isEqualTo("advice." + rule().id() + ".fired.no-cramps");
		assertThat(outcome.args()).containsExactly(7);
	}

	@Test
	void stepsAsideOnceACrampIsLogged() {
		RuleOutcome outcome = rule().evaluate(context().episode(org.crampwise.advice.EpisodeBuilder.daytime(nightsAgo(2))).build());

		assertThat(outcome.fired()).isFalse();
		assertThat(outcome.args()).containsExactly(1);
	}

	@Test
	void aCrampBeforeTheWindowDoesNotCount() {
		assertThat(rule().evaluate(context().episode(cramp(nightsAgo(15))).build()).fired()).isTrue();
	}

}
