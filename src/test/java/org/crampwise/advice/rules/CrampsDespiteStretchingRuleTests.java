package org.crampwise.advice.rules;

import org.junit.jupiter.api.Test;

import org.crampwise.advice.AdviceContextBuilder;
import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Remedy;
import org.crampwise.advice.RuleOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.CheckInBuilder.checkIn;
import static org.crampwise.advice.EpisodeBuilder.cramp;

class CrampsDespiteStretchingRuleTests {

	private final CrampsDespiteStretchingRule rule = new CrampsDespiteStretchingRule(AdviceSettings.defaults());

	private static AdviceContextBuilder stretchedCrampNights(int nights) {
		AdviceContextBuilder context = context();
		for (int n = 1; n <= nights; n++) {
			context.checkIn(checkIn(nightsAgo(n)).stretched(true)).episode(cramp(nightsAgo(n)));
		}
		return context;
	}

	@Test
	void firesForThreeCrampNightsDespiteStretching() {
		RuleOutcome outcome = this.rule.evaluate(stretchedCrampNights(3).build());

		assertThat(outcome.fired()).isTrue();
		assertThat(outcome.concern().remedy()).isEqualTo(Remedy.MAGNESIUM);
		assertThat(outcome.args()).containsExactly(3, 14);
	}

	@Test
	void doesNotFireForTwo() {
		RuleOutcome outcome = this.rule.evaluate(stretchedCrampNights(2).build());

		assertThat(outcome.fired()).isFalse();
		assertThat(outcome.args()).containsExactly(2, 3);
	}

	@Test
	void crampNightsWithoutAStretchDoNotCount() {
		RuleOutcome outcome = this.rule.evaluate(stretchedCrampNights(2).checkIn(checkIn(nightsAgo(6)).stretched(false))
			.episode(cramp(nightsAgo(6)))
			.episode(cramp(nightsAgo(7)))
			.build());

		assertThat(outcome.fired()).isFalse();
		assertThat(outcome.args()).containsExactly(2, 3);
	}

	@Test
	void scoresOnlyTheFirstLineWeightHoweverManyNights() {
		RuleOutcome outcome = this.rule.evaluate(stretchedCrampNights(10).build());

		assertThat(outcome.args()).containsExactly(10, 14);
		assertThat(outcome.score()).isEqualTo(1);
	}

}
