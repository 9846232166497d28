package org.crampwise.advice.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.crampwise.advice.AdviceContextBuilder;
import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.CheckInBuilder;
import org.crampwise.advice.Effect;
import org.crampwise.advice.EpisodeBuilder;
import org.crampwise.advice.Phrase;
import org.crampwise.advice.RuleOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.CheckInBuilder.checkIn;

/**
 * What every nightly-factor rule does, with default settings (factor on at least 2 nights; score 1 per night plus 3
 * per night that had cramps). Each rule's test class extends this and adds the edge of its own threshold.
 */
abstract class NightlyFactorRuleContract {

	final AdviceSettings settings = AdviceSettings.defaults();

	abstract NightlyFactorRule rule();

	/** Sets the factor so that it is present that night. */
	abstract CheckInBuilder present(CheckInBuilder checkIn);

	/** Sets the factor so that it is answered but absent that night. */
	abstract CheckInBuilder absent(CheckInBuilder checkIn);

	/** The threshold the reason names. */
	abstract Object threshold();

	RuleOutcome evaluate(AdviceContextBuilder context) {
		return rule().evaluate(context.build());
	}

	@Test
	void firesWhenTheFactorWasPresentOnTheMinimumNumberOfNights() {
		RuleOutcome outcome = evaluate(context().checkIn(present(checkIn(nightsAgo(1))))
			.checkIn(present(checkIn(nightsAgo(5))))
			.checkIn(absent(checkIn(nightsAgo(6)))));

		assertThat(outcome.fired()).isTrue();
		assertThat(outcome.concern().effect()).isEqualTo(Effect.RECOMMEND);
		assertThat(outcome.messageKey()).isEqualTo("advice." + rule().id() + ".fired");
		assertThat(outcome.args()).containsExactly(threshold(), 2, 14, Phrase.of("advice.baseline.none-known"));
		assertThat(outcome.score()).isEqualTo(2);
	}

	@Test
	void doesNotFireOnOneNightBelowTheMinimum() {
		RuleOutcome outcome = evaluate(context().checkIn(present(checkIn(nightsAgo(1))))
			.checkIn(absent(checkIn(nightsAgo(2))))
			.checkIn(absent(checkIn(nightsAgo(3))))
			.episode(EpisodeBuilder.cramp(nightsAgo(1))));

		assertThat(outcome.fired()).isFalse();
		assertThat(outcome.score()).isZero();
		assertThat(outcome.messageKey()).isEqualTo("advice." + rule().id() + ".not-fired");
		assertThat(outcome.args()).containsExactly(threshold(), 1, 14, 3, 2);
	}

	@Test
	void theReasonCountsTheFactorNightsThatHadCramps() {
		RuleOutcome outcome = evaluate(context().checkIn(present(checkIn(nightsAgo(2))))
			.checkIn(present(checkIn(nightsAgo(3))))
			.checkIn(present(checkIn(nightsAgo(9))))
			.checkIn(absent(checkIn(nightsAgo(4))))
			.episode(EpisodeBuilder.cramp(nightsAgo(2)))
			.episode(EpisodeBuilder.cramp(nightsAgo(2)))
			.episode(EpisodeBuilder.cramp(nightsAgo(9)))
			.episode(EpisodeBuilder.cramp(nightsAgo(4))));

		assertThat(outcome.args()).containsExactly(threshold(), 3, 14, Phrase.of("advice.baseline.compared", 2, 2, 1, 1, 1));
		assertThat(outcome.score()).isEqualTo(3 * 1 + 2 * 3);
	}

	@Test
	void crampNightsThatCoincideCountForMoreThanTheFactorAlone() {
		RuleOutcome coinciding = evaluate(context().checkIn(present(checkIn(nightsAgo(1))))
			.checkIn(present(checkIn(nightsAgo(2))))
			.episode(EpisodeBuilder.cramp(nightsAgo(1)))
			.episode(EpisodeBuilder.cramp(nightsAgo(2))));
		AdviceContextBuilder alone = context();
		for (int n = 1; n <= 5; n++) {
			alone.checkIn(present(checkIn(nightsAgo(n))));
		}

		assertThat(coinciding.score()).isGreaterThan(evaluate(alone).score());
	}

	@Test
	void aDaytimeCrampDoesNotCoincideWithTheEveningsFactor() {
		LocalDate night = nightsAgo(3);
		RuleOutcome outcome = evaluate(context().checkIn(present(checkIn(night)))
			.checkIn(present(checkIn(nightsAgo(4))))
			.episode(EpisodeBuilder.daytime(night)));

		assertThat(outcome.args()).containsExactly(threshold(), 2, 14, Phrase.of("advice.baseline.no-others", 0, 1, 1));
	}

	@Test
	void saysSoWhenNoCheckInAnsweredTheQuestion() {
		RuleOutcome outcome = evaluate(context().checkIn(checkIn(nightsAgo(1))).checkIn(checkIn(nightsAgo(2))));

		assertThat(outcome.fired()).isFalse();
		assertThat(outcome.messageKey()).isEqualTo("advice." + rule().id() + ".not-fired.unanswered");
		assertThat(outcome.args()).containsExactly(14);
	}

	@Test
	void ignoresCheckInsOutsideTheWindow() {
		RuleOutcome outcome = evaluate(context().checkIn(present(checkIn(nightsAgo(1))))
			.checkIn(present(checkIn(nightsAgo(15))))
			.checkIn(present(checkIn(AdviceContextBuilder.AS_OF))));

		assertThat(outcome.fired()).isFalse();
		assertThat(outcome.args()).containsExactly(threshold(), 1, 14, 1, 2);
	}

}
