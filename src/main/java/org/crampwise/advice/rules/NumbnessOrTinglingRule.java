package org.crampwise.advice.rules;

import org.springframework.stereotype.Component;

import org.crampwise.advice.RedFlagCode;
import org.crampwise.advice.Urgency;
import org.crampwise.episode.WarningSign;

/** Numbness or tingling points to a nerve problem (neuropathy, a trapped nerve): soon. */
@Component
class NumbnessOrTinglingRule extends WarningSignRule {

	NumbnessOrTinglingRule() {
		super("numbness-or-tingling", WarningSign.NUMBNESS_OR_TINGLING, RedFlagCode.NUMBNESS_OR_TINGLING,
				Urgency.SOON);
	}

}
