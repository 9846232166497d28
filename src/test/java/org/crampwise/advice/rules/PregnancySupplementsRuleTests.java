package org.crampwise.advice.rules;

import org.junit.jupiter.api.Test;

import org.crampwise.advice.Effect;
import org.crampwise.advice.ProfileBuilder;
import org.crampwise.advice.Remedy;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.profile.Pregnancy;

import static org.crampwise.advice.CheckInBuilder.checkIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.EpisodeBuilder.cramp;

class PregnancySupplementsRuleTests {

	private final PregnancySupplementsRule rule = new PregnancySupplementsRule();

	@Test
	void sendsMagnesiumToTheMaternityClinicianInPregnancy() {
		RuleOutcome outcome = this.rule.evaluate(context().profile(ProfileBuilder.profile().pregnancy(Pregnancy.FIRST_TRIMESTER)).build());

		assertThat(outcome.fired()).isTrue();
		assertThat(outcome.concern().effect()).isEqualTo(Effect.WITHHOLD);
		assertThat(outcome.concern().remedy()).isEqualTo(Remedy.MAGNESIUM);
		assertThat(outcome.args()).containsExactly(Pregnancy.FIRST_TRIMESTER);
	}

	@Test
	void saysSoWhenAMagnesiumSupplementWasLogged() {
		RuleOutcome outcome = this.rule.evaluate(context().profile(ProfileBuilder.profile().pregnancy(Pregnancy.SECOND_TRIMESTER))
			.checkIn(checkIn(nightsAgo(4)).magnesium(true))
			.build());

		assertThat(outcome.messageKey()).isEqualTo("advice.pregnancy-supplements.fired.taking");
		assertThat(outcome.args()).containsExactly(Pregnancy.SECOND_TRIMESTER, 1);
	}

	@Test
	void doesNotFireWhenNotPregnant() {
		assertThat(this.rule.evaluate(context().build()).fired()).isFalse();
	}

}
