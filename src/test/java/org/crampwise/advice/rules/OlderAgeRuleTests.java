package org.crampwise.advice.rules;

import org.junit.jupiter.api.Test;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.ProfileBuilder;
import org.crampwise.advice.Remedy;
import org.crampwise.advice.RuleOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.CheckInBuilder.checkIn;
import static org.crampwise.advice.EpisodeBuilder.cramp;

class OlderAgeRuleTests {

	private final OlderAgeRule rule = new OlderAgeRule(AdviceSettings.defaults());

	@Test
	void firesFromSixtyInTheYearOfAsOf() {
		RuleOutcome outcome = this.rule.evaluate(context().profile(ProfileBuilder.profile().born(1966)).build());

		assertThat(outcome.fired()).isTrue();
		assertThat(outcome.concern().remedy()).isEqualTo(Remedy.STRETCH_BEFORE_BED);
		assertThat(outcome.args()).containsExactly(60);
		assertThat(outcome.score()).isEqualTo(2);
	}

	@Test
	void doesNotFireAtFiftyNine() {
		RuleOutcome outcome = this.rule.evaluate(context().profile(ProfileBuilder.profile().born(1967)).build());

		assertThat(outcome.fired()).isFalse();
		assertThat(outcome.args()).containsExactly(59, 60);
	}

	@Test
	void saysSoWithoutABirthYear() {
		RuleOutcome outcome = this.rule.evaluate(context().build());

		assertThat(outcome.fired()).isFalse();
		assertThat(outcome.messageKey()).isEqualTo("advice.older-age.not-fired.no-birth-year");
	}

}
