package org.crampwise.advice.rules;

import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Remedy;

/** First-line advice without cramps logged: stretch before bed. See {@link FirstLineRule}. */
@Component
class FirstLineStretchBeforeBedRule extends FirstLineRule {

	FirstLineStretchBeforeBedRule(AdviceSettings settings) {
		super("first-line-stretch-before-bed", Remedy.STRETCH_BEFORE_BED, settings);
	}

}
