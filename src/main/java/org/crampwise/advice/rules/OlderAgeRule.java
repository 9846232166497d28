package org.crampwise.advice.rules;

import java.util.OptionalInt;

import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceContext;
import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Concern;
import org.crampwise.advice.Remedy;
import org.crampwise.advice.RuleOutcome;

/**
 * Older age: {@code factors.older-age-years} or more in asOf's year. The trial that found stretching helped was in
 * people over 55 (HAL12). Scores {@code standing-weight}. Arguments: age (not fired: age, threshold).
 */
@Component
class OlderAgeRule extends AbstractRule {

	private final AdviceSettings settings;

	OlderAgeRule(AdviceSettings settings) {
		super("older-age", Concern.recommends(Remedy.STRETCH_BEFORE_BED));
		this.settings = settings;
	}

	@Override
	public RuleOutcome evaluate(AdviceContext context) {
		OptionalInt age = context.age();
		if (age.isEmpty()) {
			return notFiredAs("no-birth-year");
		}
		int threshold = this.settings.factors().olderAgeYears();
		if (age.getAsInt() < threshold) {
			return notFired(age.getAsInt(), threshold);
		}
		return recommended(this.settings.ranking().standingWeight(), age.getAsInt());
	}

}
