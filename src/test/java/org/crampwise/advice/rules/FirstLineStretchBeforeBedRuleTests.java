package org.crampwise.advice.rules;

import org.crampwise.advice.Remedy;

/** See {@link FirstLineRuleContract}. */
class FirstLineStretchBeforeBedRuleTests extends FirstLineRuleContract {

	@Override
	FirstLineRule rule() {
		return new FirstLineStretchBeforeBedRule(this.settings);
	}

	@Override
	Remedy remedy() {
		return Remedy.STRETCH_BEFORE_BED;
	}

}
