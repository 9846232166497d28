package org.crampwise.advice.rules;

import org.crampwise.advice.Remedy;

/** See {@link FirstLineRuleContract}. */
class FirstLineStretchDuringCrampRuleTests extends FirstLineRuleContract {

	@Override
	FirstLineRule rule() {
		return new FirstLineStretchDuringCrampRule(this.settings);
	}

	@Override
	Remedy remedy() {
		return Remedy.STRETCH_DURING_CRAMP;
	}

}
