package org.crampwise.advice.rules;

import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Concern;
import org.crampwise.advice.NightlyFactor;
import org.crampwise.advice.Remedy;

/** Bedding tucked tight over the feet, which holds the toes pointed down and shortens the calf. */
@Component
class TightBeddingRule extends NightlyFactorRule {

	TightBeddingRule(AdviceSettings settings) {
		super("tight-bedding", NightlyFactor.TIGHT_BEDDING, Concern.recommends(Remedy.LOOSE_BEDDING), settings);
	}

}
