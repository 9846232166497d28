package org.crampwise.advice.rules;

import org.junit.jupiter.api.Test;

import org.crampwise.advice.CheckInBuilder;
import org.crampwise.advice.RuleOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.CheckInBuilder.checkIn;

/** {@code alcohol-near-bedtime}: see {@link NightlyFactorRuleContract}, plus the edge of its own threshold. */
class AlcoholNearBedtimeRuleTests extends NightlyFactorRuleContract {

	@Override
	NightlyFactorRule rule() {
		return new AlcoholNearBedtimeRule(this.settings);
	}

	@Override
	CheckInBuilder present(CheckInBuilder checkIn) {
		return checkIn.alcohol(2, 1.0);
	}

	@Override
	CheckInBuilder absent(CheckInBuilder checkIn) {
		return checkIn.alcohol(2, 4.0);
	}

	@Override
	Object threshold() {
		return 2.0;
	}

	@Test
	void aLastDrinkExactlyAtTheThresholdIsNearBedtimeAndJustAfterIsNot() {
		RuleOutcome at = evaluate(context().checkIn(checkIn(nightsAgo(1)).alcohol(1, 2.0)).checkIn(checkIn(nightsAgo(2)).alcohol(1, 2.0)));
		RuleOutcome after = evaluate(context().checkIn(checkIn(nightsAgo(1)).alcohol(1, 2.0)).checkIn(checkIn(nightsAgo(2)).alcohol(1, 2.5)));

		assertThat(at.fired()).isTrue();
		assertThat(after.fired()).isFalse();
	}

	@Test
	void aNightWithoutAlcoholAnswersNoAndOneWithoutATimeDoesNotAnswer() {
		RuleOutcome outcome = evaluate(context().checkIn(checkIn(nightsAgo(1)).alcohol(2, 1.0))
			.checkIn(checkIn(nightsAgo(2)).noAlcohol())
			.checkIn(checkIn(nightsAgo(3)).alcohol(3, null)));

		assertThat(outcome.args()).containsExactly(2.0, 1, 14, 2, 2);
	}

	@Test
	void theReasonReadsLikeTheContractExample() {
		var context = context();
		for (int n : new int[] { 1, 3, 5, 8 }) {
			context.checkIn(checkIn(nightsAgo(n)).alcohol(2, 1.5));
		}
		for (int n : new int[] { 1, 3, 8, 10 }) {
			context.episode(org.crampwise.advice.EpisodeBuilder.cramp(nightsAgo(n)));
		}

		RuleOutcome outcome = evaluate(context);

		assertThat(outcome.args()).containsExactly(2.0, 4, 14,
				org.crampwise.advice.Phrase.of("advice.baseline.no-others", 3, 3, 1));
		assertThat(rule().concern().evidence()).isEqualTo(org.crampwise.advice.EvidenceGrade.LIMITED);
	}

}
