package org.crampwise.advice.rules;

import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Concern;
import org.crampwise.advice.EvidenceGrade;
import org.crampwise.advice.NightlyFactor;
import org.crampwise.advice.Remedy;

/** Alcohol in quantity: {@code factors.heavy-drinks} standard drinks or more in one night. */
@Component
class HeavyDrinkingRule extends NightlyFactorRule {

	HeavyDrinkingRule(AdviceSettings settings) {
		super("heavy-drinking", NightlyFactor.HEAVY_DRINKING, Concern.recommends(Remedy.STAY_HYDRATED, EvidenceGrade.LIMITED), settings);
	}

}
