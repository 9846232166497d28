package org.crampwise.advice.rules;

import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceContext;
import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Concern;
import org.crampwise.advice.RedFlagCode;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.advice.Urgency;
import org.crampwise.episode.Episode;

/**
 * Daytime cramps (10:00-20:00 local, see NightRule) on {@code red-flags.daytime-min-episodes} or more occasions
 * suggest another cause than night cramps: soon. Arguments: daytime episodes, window nights (not fired: daytime
 * episodes, episodes needed).
 */
@Component
class DaytimeCrampsRule extends AbstractRule {

	private final AdviceSettings settings;

	DaytimeCrampsRule(AdviceSettings settings) {
		super("daytime-cramps", Concern.raises(RedFlagCode.DAYTIME_CRAMPS, Urgency.SOON));
		this.settings = settings;
	}

	@Override
	public RuleOutcome evaluate(AdviceContext context) {
		int daytime = (int) context.episodes().stream().filter(Episode::daytime).count();
		int needed = this.settings.redFlags().daytimeMinEpisodes();
		if (daytime < needed) {
			return notFired(daytime, needed);
		}
		return fired(daytime, context.windowDays());
	}

}
