package org.crampwise.advice.rules;

import org.junit.jupiter.api.Test;

import org.crampwise.advice.Effect;
import org.crampwise.advice.ProfileBuilder;
import org.crampwise.advice.Remedy;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.profile.HealthCondition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.advice.AdviceContextBuilder.context;

class KidneyDiseasePotassiumRuleTests {

	private final KidneyDiseasePotassiumRule rule = new KidneyDiseasePotassiumRule();

	@Test
	void withholdsPotassiumFoodsForKidneyDisease() {
		RuleOutcome outcome = this.rule.evaluate(context().profile(ProfileBuilder.profile().conditions(HealthCondition.KIDNEY_DISEASE)).build());

		assertThat(outcome.fired()).isTrue();
		assertThat(outcome.concern().effect()).isEqualTo(Effect.WITHHOLD);
		assertThat(outcome.concern().remedy()).isEqualTo(Remedy.POTASSIUM_FOODS);
	}

	@Test
	void doesNotFireWithoutKidneyDisease() {
		assertThat(this.rule.evaluate(context().profile(ProfileBuilder.profile().conditions(HealthCondition.DIABETES)).build()).fired())
			.isFalse();
	}

}
