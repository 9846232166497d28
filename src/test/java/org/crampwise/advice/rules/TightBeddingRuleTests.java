package org.crampwise.advice.rules;

import org.junit.jupiter.api.Test;

import org.crampwise.advice.CheckInBuilder;
import org.crampwise.advice.RuleOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.CheckInBuilder.checkIn;

/** {@code tight-bedding}: see {@link NightlyFactorRuleContract}, plus the edge of its own threshold. */
class TightBeddingRuleTests extends NightlyFactorRuleContract {

	@Override
	NightlyFactorRule rule() {
		return new TightBeddingRule(this.settings);
	}

	@Override
	CheckInBuilder present(CheckInBuilder checkIn) {
		return checkIn.tightBedding(true);
	}

	@Override
	CheckInBuilder absent(CheckInBuilder checkIn) {
		return checkIn.tightBedding(false);
	}

	@Override
	Object threshold() {
		return Boolean.TRUE;
	}

	@Test
	void looseBeddingOnEveryOtherNightDoesNotCount() {
		RuleOutcome outcome = evaluate(context().checkIn(checkIn(nightsAgo(1)).tightBedding(true))
			.checkIn(checkIn(nightsAgo(2)).tightBedding(false))
			.checkIn(checkIn(nightsAgo(3)).tightBedding(false)));

		assertThat(outcome.fired()).isFalse();
		assertThat(outcome.args()).containsExactly(Boolean.TRUE, 1, 14, 3, 2);
	}

}
