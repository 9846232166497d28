package org.crampwise.advice.rules;

import org.crampwise.advice.Urgency;
import org.crampwise.episode.WarningSign;

/** See {@link WarningSignRuleContract}. */
class NumbnessOrTinglingRuleTests extends WarningSignRuleContract {

	@Override
	WarningSignRule rule() {
		return new NumbnessOrTinglingRule();
	}

	@Override
	WarningSign sign() {
		return WarningSign.NUMBNESS_OR_TINGLING;
	}

	@Override
	Urgency urgency() {
		return Urgency.SOON;
	}

}
