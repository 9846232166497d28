package org.crampwise.advice.rules;

import org.junit.jupiter.api.Test;

import org.crampwise.advice.CheckInBuilder;
import org.crampwise.advice.RuleOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.CheckInBuilder.checkIn;

/** {@code low-water}: see {@link NightlyFactorRuleContract}, plus the edge of its own threshold. */
class LowWaterRuleTests extends NightlyFactorRuleContract {

	@Override
	NightlyFactorRule rule() {
		return new LowWaterRule(this.settings);
	}

	@Override
	CheckInBuilder present(CheckInBuilder checkIn) {
		return checkIn.water(900);
	}

	@Override
	CheckInBuilder absent(CheckInBuilder checkIn) {
		return checkIn.water(2000);
	}

	@Override
	Object threshold() {
		return 1500;
	}

	@Test
	void waterJustBelowTheThresholdIsLowAndAtTheThresholdIsNot() {
		RuleOutcome below = evaluate(context().checkIn(checkIn(nightsAgo(1)).water(1499)).checkIn(checkIn(nightsAgo(2)).water(1499)));
		RuleOutcome at = evaluate(context().checkIn(checkIn(nightsAgo(1)).water(1500)).checkIn(checkIn(nightsAgo(2)).water(1499)));

		assertThat(below.fired()).isTrue();
		assertThat(at.fired()).isFalse();
		assertThat(at.args()).containsExactly(1500, 1, 14, 2, 2);
	}

	@Test
	void aChangedThresholdMovesTheEdge() {
		NightlyFactorRule strict = new LowWaterRule(
				org.crampwise.advice.AdviceTestSupport.settings(java.util.Map.of("factors.low-water-ml", "2000")));

		RuleOutcome outcome = strict.evaluate(context().checkIn(checkIn(nightsAgo(1)).water(1800))
			.checkIn(checkIn(nightsAgo(2)).water(1999))
			.build());

		assertThat(outcome.fired()).isTrue();
		assertThat(outcome.args()).containsExactly(2000, 2, 14,
				org.crampwise.advice.Phrase.of("advice.baseline.none-known"));
	}

	@Test
	void waterIsGradedNoneButStillRecommendsHydration() {
		assertThat(rule().concern().remedy()).isEqualTo(org.crampwise.advice.Remedy.STAY_HYDRATED);
		assertThat(rule().concern().evidence()).isEqualTo(org.crampwise.advice.EvidenceGrade.NONE);
	}

}
