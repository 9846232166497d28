package org.crampwise.advice.rules;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceContext;
import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Concern;
import org.crampwise.advice.Remedy;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.checkin.CheckIn;

/**
 * Second line, through a clinician: cramps on {@code factors.stretched-cramp-nights-for-magnesium} or more nights
 * even though the user had stretched before bed. Suggests asking a clinician about magnesium; scores
 * {@code first-line-weight}, and the engine ranks magnesium after every first-line remedy. Arguments: cramp nights after stretching,
 * window nights (not fired: cramp nights after stretching, nights needed).
 */
@Component
class CrampsDespiteStretchingRule extends AbstractRule {

	private final AdviceSettings settings;

	CrampsDespiteStretchingRule(AdviceSettings settings) {
		super("cramps-despite-stretching", Concern.recommends(Remedy.MAGNESIUM));
		this.settings = settings;
	}

	@Override
	public RuleOutcome evaluate(AdviceContext context) {
		Map<LocalDate, CheckIn> checkIns = context.checkInsByNight();
		int stretched = 0;
		for (LocalDate night : context.crampNights()) {
			CheckIn checkIn = checkIns.get(night);
			if (checkIn != null && Boolean.TRUE.equals(checkIn.stretchedBeforeBed())) {
				stretched++;
			}
		}
		int needed = this.settings.factors().stretchedCrampNightsForMagnesium();
		if (stretched < needed) {
			return notFired(stretched, needed);
		}
		return recommended(this.settings.ranking().firstLineWeight(), stretched, context.windowDays());
	}

}
