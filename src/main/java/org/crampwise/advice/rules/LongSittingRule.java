package org.crampwise.advice.rules;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Concern;
import org.crampwise.advice.Remedy;
import org.crampwise.checkin.CheckIn;

/** A sedentary day: {@code factors.long-sitting-hours} hours or more sitting (DEL20). */
@Component
class LongSittingRule extends NightlyFactorRule {

	LongSittingRule(AdviceSettings settings) {
		super("long-sitting", Concern.recommends(Remedy.AVOID_PROLONGED_POSITIONS), settings);
	}

	@Override
	@Nullable Boolean present(CheckIn checkIn) {
		Double hours = checkIn.sittingHours();
		return hours == null ? null : hours >= this.settings.factors().longSittingHours();
	}

	@Override
	Object threshold() {
		return this.settings.factors().longSittingHours();
	}

}
