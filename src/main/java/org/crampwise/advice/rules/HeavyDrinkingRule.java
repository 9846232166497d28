package org.crampwise.advice.rules;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Concern;
import org.crampwise.advice.EvidenceGrade;
import org.crampwise.advice.Remedy;
import org.crampwise.checkin.CheckIn;

/** Alcohol in quantity: {@code factors.heavy-drinks} standard drinks or more in one night. */
@Component
class HeavyDrinkingRule extends NightlyFactorRule {

	HeavyDrinkingRule(AdviceSettings settings) {
		super("heavy-drinking", Concern.recommends(Remedy.STAY_HYDRATED, EvidenceGrade.LIMITED), settings);
	}

	@Override
	@Nullable Boolean present(CheckIn checkIn) {
		Integer drinks = checkIn.alcoholDrinks();
		return drinks == null ? null : drinks >= this.settings.factors().heavyDrinks();
	}

	@Override
	Object threshold() {
		return this.settings.factors().heavyDrinks();
	}

}
