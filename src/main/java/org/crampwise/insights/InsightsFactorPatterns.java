package org.crampwise.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import org.crampwise.account.AccountId;
import org.crampwise.advice.FactorPattern;
import org.crampwise.advice.FactorPatterns;

/**
 * Gives the advice the gated verdicts of the insights (lag 0, the {@code defaultNights} nights ending on the advice
 * window's last night): LINKED as {@code MORE_CRAMPS} or {@code FEWER_CRAMPS}, and {@code NO_BIG_EFFECT}. Nothing
 * without enough data, and never a raw coincidence.
 */
@Component
class InsightsFactorPatterns implements FactorPatterns {

	private final InsightsService insights;

	InsightsFactorPatterns(InsightsService insights) {
		this.insights = insights;
	}

	@Override
	public List<FactorPattern> patterns(AccountId owner, LocalDate lastNight) {
		return of(this.insights.insights(owner, null, lastNight));
	}

	/** The gated lag-0 verdicts of these insights as the advice's patterns. */
	static List<FactorPattern> of(Insights insights) {
		List<FactorPattern> patterns = new ArrayList<>();
		for (Insights.FactorInsight factor : insights.gated()) {
			if (factor.lag() != 0) {
				continue;
			}
			FactorPattern.Finding finding = (factor.verdict() == Verdict.NO_BIG_EFFECT)
					? FactorPattern.Finding.NO_BIG_EFFECT : (factor.direction() == Direction.FEWER_CRAMPS)
							? FactorPattern.Finding.FEWER_CRAMPS : FactorPattern.Finding.MORE_CRAMPS;
			patterns.add(new FactorPattern(factor.factor(), finding, factor.exposed().nights(),
					factor.exposed().crampNights(), factor.unexposed().nights(), factor.unexposed().crampNights()));
		}
		return patterns;
	}

}
