package org.crampwise.advice.rules;

import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Concern;
import org.crampwise.advice.EvidenceGrade;
import org.crampwise.advice.NightlyFactor;
import org.crampwise.advice.Remedy;

/** Dehydration: water below {@code factors.low-water-ml} on enough nights. No trial evidence for water. */
@Component
class LowWaterRule extends NightlyFactorRule {

	LowWaterRule(AdviceSettings settings) {
		super("low-water", NightlyFactor.LOW_WATER, Concern.recommends(Remedy.STAY_HYDRATED, EvidenceGrade.NONE), settings);
	}

}
