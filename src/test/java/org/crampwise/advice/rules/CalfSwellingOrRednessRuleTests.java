package org.crampwise.advice.rules;

import org.junit.jupiter.api.Test;

import org.crampwise.advice.ProfileBuilder;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.advice.Urgency;
import org.crampwise.episode.WarningSign;
import org.crampwise.profile.Pregnancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.EpisodeBuilder.cramp;

/** See {@link WarningSignRuleContract}; in pregnancy the message sends the user to the maternity unit. */
class CalfSwellingOrRednessRuleTests extends WarningSignRuleContract {

	@Override
	WarningSignRule rule() {
		return new CalfSwellingOrRednessRule();
	}

	@Override
	WarningSign sign() {
		return WarningSign.CALF_SWELLING_OR_REDNESS;
	}

	@Override
	Urgency urgency() {
		return Urgency.SAME_DAY;
	}

	@Test
	void inPregnancyUsesTheMaternityMessage() {
		RuleOutcome outcome = rule().evaluate(context().profile(ProfileBuilder.profile().pregnancy(Pregnancy.THIRD_TRIMESTER))
			.episode(cramp(nightsAgo(1)).signs(sign()))
			.build());

		assertThat(outcome.messageKey()).isEqualTo("advice.calf-swelling-or-redness.fired.pregnant");
		assertThat(outcome.args()).containsExactly(1, nightsAgo(1));
	}

}
