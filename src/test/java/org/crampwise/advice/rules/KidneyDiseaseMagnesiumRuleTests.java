package org.crampwise.advice.rules;

import org.junit.jupiter.api.Test;

import org.crampwise.advice.Effect;
import org.crampwise.advice.ProfileBuilder;
import org.crampwise.advice.Remedy;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.profile.HealthCondition;

import static org.crampwise.advice.CheckInBuilder.checkIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.EpisodeBuilder.cramp;

class KidneyDiseaseMagnesiumRuleTests {

	private final KidneyDiseaseMagnesiumRule rule = new KidneyDiseaseMagnesiumRule();

	@Test
	void withholdsMagnesiumForKidneyDisease() {
		RuleOutcome outcome = this.rule.evaluate(context().profile(ProfileBuilder.profile().conditions(HealthCondition.KIDNEY_DISEASE)).build());

		assertThat(outcome.fired()).isTrue();
		assertThat(outcome.concern().effect()).isEqualTo(Effect.WITHHOLD);
		assertThat(outcome.concern().remedy()).isEqualTo(Remedy.MAGNESIUM);
		assertThat(outcome.messageKey()).isEqualTo("advice.kidney-disease-magnesium.fired");
	}

	@Test
	void saysSoWhenTheUserLoggedTakingMagnesium() {
		RuleOutcome outcome = this.rule.evaluate(context().profile(ProfileBuilder.profile().conditions(HealthCondition.KIDNEY_DISEASE))
			.checkIn(checkIn(nightsAgo(1)).magnesium(true))
			.checkIn(checkIn(nightsAgo(2)).magnesium(true))
			.checkIn(checkIn(nightsAgo(3)).magnesium(false))
			.build());

		assertThat(outcome.messageKey()).isEqualTo("advice.kidney-disease-magnesium.fired.taking");
		assertThat(outcome.args()).containsExactly(2);
	}

	@Test
	void doesNotFireForOtherConditions() {
		assertThat(this.rule.evaluate(context().profile(ProfileBuilder.profile().conditions(HealthCondition.LIVER_DISEASE, HealthCondition.DIABETES)).build())
			.fired()).isFalse();
	}

}
