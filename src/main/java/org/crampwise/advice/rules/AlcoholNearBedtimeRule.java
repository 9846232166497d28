package org.crampwise.advice.rules;

import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Concern;
import org.crampwise.advice.EvidenceGrade;
import org.crampwise.advice.NightlyFactor;
import org.crampwise.advice.Remedy;

/**
 * Alcohol close to bedtime: a last drink {@code factors.alcohol-near-bed-hours} or less before bed. A night without
 * alcohol counts as "not near bedtime"; a night with alcohol but no time given does not answer.
 */
@Component
class AlcoholNearBedtimeRule extends NightlyFactorRule {

	AlcoholNearBedtimeRule(AdviceSettings settings) {
		super("alcohol-near-bedtime", NightlyFactor.ALCOHOL_NEAR_BEDTIME, Concern.recommends(Remedy.STAY_HYDRATED, EvidenceGrade.LIMITED), settings);
	}

}
