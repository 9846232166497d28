package org.crampwise.advice.rules;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Concern;
import org.crampwise.advice.EvidenceGrade;
import org.crampwise.advice.Remedy;
import org.crampwise.checkin.CheckIn;

/**
 * Alcohol close to bedtime: a last drink {@code factors.alcohol-near-bed-hours} or less before bed. A night without
 * alcohol counts as "not near bedtime"; a night with alcohol but no time given does not answer.
 */
@Component
class AlcoholNearBedtimeRule extends NightlyFactorRule {

	AlcoholNearBedtimeRule(AdviceSettings settings) {
		super("alcohol-near-bedtime", Concern.recommends(Remedy.STAY_HYDRATED, EvidenceGrade.LIMITED), settings);
	}

	@Override
	@Nullable Boolean present(CheckIn checkIn) {
		Integer drinks = checkIn.alcoholDrinks();
		if (drinks == null) {
			return null;
		}
		if (drinks == 0) {
			return false;
		}
		Double hours = checkIn.hoursFromLastDrinkToBed();
		return hours == null ? null : hours <= this.settings.factors().alcoholNearBedHours();
	}

	@Override
	Object threshold() {
		return this.settings.factors().alcoholNearBedHours();
	}

}
