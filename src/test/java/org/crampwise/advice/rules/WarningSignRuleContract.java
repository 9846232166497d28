package org.crampwise.advice.rules;

import org.junit.jupiter.api.Test;

import org.crampwise.advice.RedFlagCode;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.advice.Urgency;
import org.crampwise.episode.WarningSign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.EpisodeBuilder.cramp;

/** What every warning-sign rule does; one subclass per sign. */
abstract class WarningSignRuleContract {

	abstract WarningSignRule rule();

	abstract WarningSign sign();

	abstract Urgency urgency();

	@Test
	void raisesItsFlagWhenTheSignIsNotedOnce() {
		RuleOutcome outcome = rule().evaluate(context().episode(cramp(nightsAgo(4)).signs(sign())).episode(cramp(nightsAgo(2))).build());

		assertThat(outcome.fired()).isTrue();
		assertThat(outcome.concern().redFlag()).isEqualTo(RedFlagCode.valueOf(sign().name()));
		assertThat(outcome.concern().urgency()).isEqualTo(urgency());
		assertThat(outcome.args()).containsExactly(1, nightsAgo(4));
	}

	@Test
	void countsNightsAndNamesTheLatest() {
		RuleOutcome outcome = rule().evaluate(context().episode(cramp(nightsAgo(9)).signs(sign()))
			.episode(cramp(nightsAgo(3)).signs(sign()))
			.episode(cramp(nightsAgo(3)).signs(sign()))
			.build());

		assertThat(outcome.args()).containsExactly(2, nightsAgo(3));
	}

	@Test
	void doesNotFireForOtherSignsOrOutsideTheWindow() {
		WarningSign other = sign() == WarningSign.MUSCLE_WEAKNESS ? WarningSign.NUMBNESS_OR_TINGLING
				: WarningSign.MUSCLE_WEAKNESS;
		RuleOutcome outcome = rule().evaluate(context().episode(cramp(nightsAgo(2)).signs(other))
			.episode(cramp(nightsAgo(15)).signs(sign()))
			.build());

		assertThat(outcome.fired()).isFalse();
		assertThat(outcome.args()).containsExactly(14);
	}

}
