package org.crampwise.advice.rules;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.crampwise.advice.Effect;
import org.crampwise.advice.ProfileBuilder;
import org.crampwise.advice.Remedy;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.episode.WarningSign;
import org.crampwise.profile.HealthCondition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.EpisodeBuilder.cramp;

class HeatBurnCautionRuleTests {

	private final HeatBurnCautionRule rule = new HeatBurnCautionRule();

	@Test
	void cautionsHeatForDiabetes() {
		RuleOutcome outcome = this.rule.evaluate(context().profile(ProfileBuilder.profile().conditions(HealthCondition.DIABETES)).build());

		assertThat(outcome.fired()).isTrue();
		assertThat(outcome.concern().effect()).isEqualTo(Effect.CAUTION);
		assertThat(outcome.concern().remedy()).isEqualTo(Remedy.APPLY_HEAT);
		assertThat(outcome.args()).containsExactly(List.of(HealthCondition.DIABETES));
	}

	@Test
	void cautionsHeatForNumbFeetNotedInTheDiary() {
		RuleOutcome outcome = this.rule.evaluate(context().profile(ProfileBuilder.profile().conditions(HealthCondition.PERIPHERAL_ARTERY_DISEASE))
			.episode(cramp(nightsAgo(3)).signs(WarningSign.NUMBNESS_OR_TINGLING))
			.build());

		assertThat(outcome.args()).containsExactly(List.of(HealthCondition.PERIPHERAL_ARTERY_DISEASE, WarningSign.NUMBNESS_OR_TINGLING));
	}

	@Test
	void doesNotFireForConditionsThatDoNotDullFeeling() {
		RuleOutcome outcome = this.rule.evaluate(context().profile(ProfileBuilder.profile().conditions(HealthCondition.THYROID_DISORDER))
			.episode(cramp(nightsAgo(3)).signs(WarningSign.MUSCLE_WEAKNESS))
			.build());

		assertThat(outcome.fired()).isFalse();
	}

}
