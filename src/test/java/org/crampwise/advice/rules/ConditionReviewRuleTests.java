package org.crampwise.advice.rules;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.crampwise.advice.ProfileBuilder;
import org.crampwise.advice.RedFlagCode;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.profile.HealthCondition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.EpisodeBuilder.cramp;

class ConditionReviewRuleTests {

	private final ConditionReviewRule rule = new ConditionReviewRule();

	@Test
	void firesForAConditionWithCrampsAndListsTheConditionsInOrder() {
		RuleOutcome outcome = this.rule.evaluate(context()
			.profile(ProfileBuilder.profile().conditions(HealthCondition.THYROID_DISORDER, HealthCondition.DIABETES))
			.episode(cramp(nightsAgo(1)))
			.build());

		assertThat(outcome.fired()).isTrue();
		assertThat(outcome.concern().redFlag()).isEqualTo(RedFlagCode.CONDITION_REVIEW);
		assertThat(outcome.args()).containsExactly(List.of(HealthCondition.DIABETES, HealthCondition.THYROID_DISORDER), 2);
	}

	@Test
	void doesNotFireWithoutCramps() {
		RuleOutcome outcome = this.rule
			.evaluate(context().profile(ProfileBuilder.profile().conditions(HealthCondition.NEUROLOGICAL_DISORDER)).build());

		assertThat(outcome.fired()).isFalse();
		assertThat(outcome.args()).containsExactly(List.of(HealthCondition.NEUROLOGICAL_DISORDER), 14);
	}

	@Test
	void doesNotFireWithoutConditions() {
		RuleOutcome outcome = this.rule.evaluate(context().episode(cramp(nightsAgo(1))).build());

		assertThat(outcome.fired()).isFalse();
		assertThat(outcome.messageKey()).isEqualTo("advice.condition-review.not-fired.none");
	}

}
