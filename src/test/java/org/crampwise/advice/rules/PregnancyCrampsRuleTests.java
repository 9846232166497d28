package org.crampwise.advice.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.ProfileBuilder;
import org.crampwise.advice.Remedy;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.profile.Pregnancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.CheckInBuilder.checkIn;
import static org.crampwise.advice.EpisodeBuilder.cramp;

class PregnancyCrampsRuleTests {

	private final PregnancyCrampsRule rule = new PregnancyCrampsRule(AdviceSettings.defaults());

	@ParameterizedTest
	@EnumSource(value = Pregnancy.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
	void firesInEveryTrimesterAndNamesIt(Pregnancy trimester) {
		RuleOutcome outcome = this.rule
			.evaluate(context().profile(ProfileBuilder.profile().pregnancy(trimester)).build());

		assertThat(outcome.fired()).isTrue();
		assertThat(outcome.concern().remedy()).isEqualTo(Remedy.STRETCH_BEFORE_BED);
		assertThat(outcome.args()).containsExactly(trimester);
		assertThat(outcome.score()).isEqualTo(2);
	}

	@Test
	void doesNotFireWhenNotPregnant() {
		assertThat(this.rule.evaluate(context().build()).fired()).isFalse();
	}

}
