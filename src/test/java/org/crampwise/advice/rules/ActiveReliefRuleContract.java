package org.crampwise.advice.rules;

import org.junit.jupiter.api.Test;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Remedy;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.episode.Relief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.CheckInBuilder.checkIn;
import static org.crampwise.advice.EpisodeBuilder.cramp;

/** What every active-relief rule does; one subclass per relief. */
abstract class ActiveReliefRuleContract {

	final AdviceSettings settings = AdviceSettings.defaults();

	abstract ActiveReliefRule rule();

	abstract Relief relief();

	/** Another relief than this one. */
	Relief other() {
		return relief() == Relief.MASSAGE ? Relief.STRETCH_DURING_CRAMP : Relief.MASSAGE;
	}

	@Test
	void recommendsItsRemedyToAnyoneWithACramp() {
		RuleOutcome outcome = rule().evaluate(context().episode(cramp(nightsAgo(3))).episode(cramp(nightsAgo(4))).build());

		assertThat(outcome.fired()).isTrue();
		assertThat(outcome.concern().remedy()).isEqualTo(Remedy.of(relief()));
		assertThat(outcome.messageKey()).isEqualTo("advice." + rule().id() + ".fired");
		assertThat(outcome.args()).containsExactly(2, 14);
		assertThat(outcome.score()).isEqualTo(1);
	}

	@Test
	void doesNotFireWithoutCramps() {
		RuleOutcome outcome = rule().evaluate(context().checkIn(checkIn(nightsAgo(1)).water(2000)).build());

		assertThat(outcome.fired()).isFalse();
		assertThat(outcome.args()).containsExactly(14);
	}

	@Test
	void saysHowOftenItHelpedMostAndScoresEachTime() {
		RuleOutcome outcome = rule().evaluate(context().episode(cramp(nightsAgo(1)).helpedMost(relief()))
			.episode(cramp(nightsAgo(2)).helpedMost(relief()))
			.episode(cramp(nightsAgo(3)).helpedMost(other()))
			.episode(cramp(nightsAgo(4)))
			.build());

		assertThat(outcome.messageKey()).isEqualTo("advice." + rule().id() + ".fired.helped");
		assertThat(outcome.args()).containsExactly(2, 3);
		assertThat(outcome.score()).isEqualTo(1 + 2 * 3);
	}

	@Test
	void helpedMostDoesNotScoreBelowThreeEpisodesThatSayWhatHelped() {
		RuleOutcome outcome = rule().evaluate(context().episode(cramp(nightsAgo(1)).helpedMost(relief()))
			.episode(cramp(nightsAgo(2)).helpedMost(relief()))
			.episode(cramp(nightsAgo(3)))
			.build());

		assertThat(outcome.messageKey()).isEqualTo("advice." + rule().id() + ".fired.helped");
		assertThat(outcome.args()).containsExactly(2, 2);
		assertThat(outcome.score()).isEqualTo(1);
	}

	@Test
	void saysHowOftenItWasTriedWhenItNeverHelpedMost() {
		RuleOutcome outcome = rule().evaluate(context().episode(cramp(nightsAgo(1)).tried(relief(), other()).helpedMost(other()))
			.episode(cramp(nightsAgo(2)))
			.build());

		assertThat(outcome.messageKey()).isEqualTo("advice." + rule().id() + ".fired.tried");
		assertThat(outcome.args()).containsExactly(1, 2);
		assertThat(outcome.score()).isEqualTo(1);
	}

}
