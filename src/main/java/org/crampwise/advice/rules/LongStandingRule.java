package org.crampwise.advice.rules;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Concern;
import org.crampwise.advice.Remedy;
import org.crampwise.checkin.CheckIn;

/** Strain from long standing: {@code factors.long-standing-hours} hours or more on one's feet (BAHK12). */
@Component
class LongStandingRule extends NightlyFactorRule {

	LongStandingRule(AdviceSettings settings) {
		super("long-standing", Concern.recommends(Remedy.AVOID_PROLONGED_POSITIONS), settings);
	}

	@Override
	@Nullable Boolean present(CheckIn checkIn) {
		Double hours = checkIn.standingHours();
		return hours == null ? null : hours >= this.settings.factors().longStandingHours();
	}

	@Override
	Object threshold() {
		return this.settings.factors().longStandingHours();
	}

}
