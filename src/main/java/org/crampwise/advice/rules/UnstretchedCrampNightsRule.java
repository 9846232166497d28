package org.crampwise.advice.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.SortedSet;

import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceContext;
import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Concern;
import org.crampwise.advice.Remedy;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.checkin.CheckIn;

/**
 * The first-line advice for anyone with cramps: fires when at least one cramp night of the window had no stretch
 * before bed logged (the check-in said no, or did not say). Scores {@code coincidence-weight} per such cramp night.
 * Fired arguments: cramp nights, window nights, cramp nights without a logged stretch, known nights of the window.
 */
@Component
class UnstretchedCrampNightsRule extends AbstractRule {

	private final AdviceSettings settings;

	UnstretchedCrampNightsRule(AdviceSettings settings) {
		super("unstretched-cramp-nights", Concern.recommends(Remedy.STRETCH_BEFORE_BED));
		this.settings = settings;
	}

	@Override
	public RuleOutcome evaluate(AdviceContext context) {
		SortedSet<LocalDate> crampNights = context.crampNights();
		if (crampNights.isEmpty()) {
			return notFiredAs("no-cramps", context.windowDays());
		}
		Map<LocalDate, CheckIn> checkIns = context.checkInsByNight();
		int unstretched = 0;
		for (LocalDate night : crampNights) {
			CheckIn checkIn = checkIns.get(night);
			if (checkIn == null || !Boolean.TRUE.equals(checkIn.stretchedBeforeBed())) {
				unstretched++;
			}
		}
		if (unstretched == 0) {
			return notFired(crampNights.size());
		}
		return recommended(this.settings.ranking().coincidenceWeight() * unstretched, crampNights.size(),
				context.windowDays(), unstretched, context.knownNights());
	}

}
