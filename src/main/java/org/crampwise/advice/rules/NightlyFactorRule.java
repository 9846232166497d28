package org.crampwise.advice.rules;

import org.jspecify.annotations.Nullable;

import org.crampwise.advice.AdviceContext;
import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Concern;
import org.crampwise.advice.NightCount;
import org.crampwise.advice.NightlyFactor;
import org.crampwise.advice.Phrase;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.checkin.CheckIn;

/**
 * A risk factor answered in the nightly check-in. Fires when the factor was present on at least
 * {@code factors.min-nights} nights of the window; scores {@code factor-weight} per such night plus
 * {@code coincidence-weight} per such night that had cramps.
 * <p>
 * Fired arguments: threshold, nights present, window nights, and the comparison with the user's own baseline
 * ({@link #baseline}). Not fired: threshold, nights present, window nights, nights answered, nights needed; or,
 * when no check-in answered, only the window nights.
 */
abstract class NightlyFactorRule extends AbstractRule {

	final AdviceSettings settings;

	private final NightlyFactor factor;

	NightlyFactorRule(String id, NightlyFactor factor, Concern concern, AdviceSettings settings) {
		super(id, concern);
		this.factor = factor;
		this.settings = settings;
	}

	/** The factor this rule counts. */
	final NightlyFactor factor() {
		return this.factor;
	}

	/** TRUE when the factor was present that night, FALSE when not, null when the check-in did not say. */
	final @Nullable Boolean present(CheckIn checkIn) {
		return this.factor.presentIn(checkIn, this.settings.factors());
	}

	/**
	 * The threshold shown in the reason (ml, hours, drinks, servings), or the value that counts as present: the
	 * factor's threshold, TRUE for a yes/no factor.
	 */
	Object threshold() {
		Number threshold = this.factor.threshold(this.settings.factors());
		return (threshold != null) ? threshold : Boolean.TRUE;
	}

	@Override
	public final RuleOutcome evaluate(AdviceContext context) {
		NightCount count = context.count(this::present);
		int needed = this.settings.factors().minNights();
		if (count.answered() == 0) {
			return notFiredAs("unanswered", context.windowDays());
		}
		if (count.nights() < needed) {
			return notFired(threshold(), count.nights(), context.windowDays(), count.answered(), needed);
		}
		AdviceSettings.Ranking ranking = this.settings.ranking();
		int score = ranking.factorWeight() * count.nights() + ranking.coincidenceWeight() * count.crampNights();
		return recommended(score, threshold(), count.nights(), context.windowDays(), baseline(count));
	}

	/**
	 * The comparison with the user's other nights, on known nights only: of the nights with the factor, the cramp
	 * nights of the known ones; of the known nights without it, the cramp nights ("your other logged nights: 2 of 10
	 * had cramps"). Without a known other night there is nothing to compare with, and the phrase says so.
	 */
	static Phrase baseline(NightCount count) {
		if (count.knownNights() == 0) {
			return Phrase.of("advice.baseline.none-known");
		}
		if (count.otherKnownNights() == 0) {
			return Phrase.of("advice.baseline.no-others", count.crampNights(), count.knownNights(),
					count.nights() - count.knownNights());
		}
		return Phrase.of("advice.baseline.compared", count.crampNights(), count.knownNights(),
				count.otherCrampNights(), count.otherKnownNights(), count.nights() - count.knownNights());
	}

}
