package org.crampwise.advice.rules;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceContext;
import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Concern;
import org.crampwise.advice.RedFlagCode;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.advice.Urgency;
import org.crampwise.episode.Episode;

/**
 * A cramp lasting longer than {@code red-flags.long-cramp-seconds} (10 minutes; NHS: "prompt review"). Arguments:
 * the longest one's minutes (rounded up), its night, the threshold in minutes, how many were that long (not fired:
 * the longest one's seconds, the threshold in minutes; or, without episodes, window nights).
 */
@Component
class LongCrampRule extends AbstractRule {

	private final AdviceSettings settings;

	LongCrampRule(AdviceSettings settings) {
		super("long-cramp", Concern.raises(RedFlagCode.LONG_CRAMP, Urgency.SOON));
		this.settings = settings;
	}

	@Override
	public RuleOutcome evaluate(AdviceContext context) {
		if (context.episodes().isEmpty()) {
			return notFiredAs("no-cramps", context.windowDays());
		}
		int limit = this.settings.redFlags().longCrampSeconds();
		double limitMinutes = limit / 60.0;
		Episode longest = context.episodes()
			.stream()
			.max(Comparator.comparingInt(Episode::durationSeconds))
			.orElseThrow();
		List<Episode> tooLong = context.episodes().stream().filter(e -> e.durationSeconds() > limit).toList();
		if (tooLong.isEmpty()) {
			return notFired(longest.durationSeconds(), limitMinutes);
		}
		int minutes = (longest.durationSeconds() + 59) / 60;
		return fired(minutes, longest.nightOf(), limitMinutes, tooLong.size());
	}

}
