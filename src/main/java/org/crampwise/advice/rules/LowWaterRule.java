package org.crampwise.advice.rules;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Concern;
import org.crampwise.advice.EvidenceGrade;
import org.crampwise.advice.Remedy;
import org.crampwise.checkin.CheckIn;

/** Dehydration: water below {@code factors.low-water-ml} on enough nights. No trial evidence for water. */
@Component
class LowWaterRule extends NightlyFactorRule {

	LowWaterRule(AdviceSettings settings) {
		super("low-water", Concern.recommends(Remedy.STAY_HYDRATED, EvidenceGrade.NONE), settings);
	}

	@Override
	@Nullable Boolean present(CheckIn checkIn) {
		return checkIn.waterMl() == null ? null : checkIn.waterMl() < this.settings.factors().lowWaterMl();
	}

	@Override
	Object threshold() {
		return this.settings.factors().lowWaterMl();
	}

}
