package org.crampwise.advice.rules;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Concern;
import org.crampwise.advice.Remedy;
import org.crampwise.checkin.CheckIn;

/** Bedding tucked tight over the feet, which holds the toes pointed down and shortens the calf. */
@Component
class TightBeddingRule extends NightlyFactorRule {

	TightBeddingRule(AdviceSettings settings) {
		super("tight-bedding", Concern.recommends(Remedy.LOOSE_BEDDING), settings);
	}

	@Override
	@Nullable Boolean present(CheckIn checkIn) {
		return checkIn.tightBedding();
	}

	@Override
	Object threshold() {
		return Boolean.TRUE;
	}

}
