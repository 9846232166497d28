package org.crampwise.advice.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.crampwise.advice.AdviceContext;
import org.crampwise.advice.Concern;
import org.crampwise.advice.RedFlagCode;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.advice.Urgency;
import org.crampwise.episode.Episode;
import org.crampwise.episode.WarningSign;

/**
 * A warning sign noted with any episode of the window raises its red flag. Arguments: nights it was noted, the
 * latest such night (not fired: window nights).
 */
abstract class WarningSignRule extends AbstractRule {

	private final WarningSign sign;

	WarningSignRule(String id, WarningSign sign, RedFlagCode code, Urgency urgency) {
		super(id, Concern.raises(code, urgency));
		this.sign = sign;
	}

	@Override
	public RuleOutcome evaluate(AdviceContext context) {
		List<Episode> noted = context.episodesWith(this.sign);
		if (noted.isEmpty()) {
			return notFired(context.windowDays());
		}
		SortedSet<LocalDate> nights = new TreeSet<>();
		noted.forEach(episode -> nights.add(episode.nightOf()));
		return raise(context, nights.size(), nights.last());
	}

	/** Fires; a subclass may choose a variant of the message for this context. */
	RuleOutcome raise(AdviceContext context, int nights, LocalDate latest) {
		return fired(nights, latest);
	}

}
