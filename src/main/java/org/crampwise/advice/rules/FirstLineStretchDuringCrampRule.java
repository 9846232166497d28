package org.crampwise.advice.rules;

import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Remedy;

/** First-line advice without cramps logged: stretch the muscle if a cramp comes. See {@link FirstLineRule}. */
@Component
class FirstLineStretchDuringCrampRule extends FirstLineRule {

	FirstLineStretchDuringCrampRule(AdviceSettings settings) {
		super("first-line-stretch-during-cramp", Remedy.STRETCH_DURING_CRAMP, settings);
	}

}
