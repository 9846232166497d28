package org.crampwise.advice.rules;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceContext;
import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Concern;
import org.crampwise.advice.RedFlagCode;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.advice.Urgency;
import org.crampwise.episode.Episode;

/**
 * Severe cramps, again and again: a cramp rated {@code red-flags.severe-intensity} or more on at least
 * {@code red-flags.severe-min-nights} nights. One very painful cramp is typical of night cramps, so one alone does
 * not raise it. Arguments: severe nights, intensity threshold, window nights, known nights of the window (not fired: severe nights, intensity
 * threshold, nights needed).
 */
@Component
class SevereCrampsRule extends AbstractRule {

	private final AdviceSettings settings;

	SevereCrampsRule(AdviceSettings settings) {
		super("severe-cramps", Concern.raises(RedFlagCode.SEVERE_CRAMPS, Urgency.ROUTINE));
		this.settings = settings;
	}

	@Override
	public RuleOutcome evaluate(AdviceContext context) {
		int intensity = this.settings.redFlags().severeIntensity();
		Set<LocalDate> nights = new TreeSet<>();
		for (Episode episode : context.episodes()) {
			Integer rated = episode.intensity();
			if (rated != null && rated >= intensity) {
				nights.add(episode.nightOf());
			}
		}
		int needed = this.settings.redFlags().severeMinNights();
		if (nights.size() < needed) {
			return notFired(nights.size(), intensity, needed);
		}
		return fired(nights.size(), intensity, context.windowDays(), context.knownNights());
	}

}
