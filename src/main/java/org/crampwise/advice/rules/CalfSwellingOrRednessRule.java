package org.crampwise.advice.rules;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceContext;
import org.crampwise.advice.RedFlagCode;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.advice.Urgency;
import org.crampwise.episode.WarningSign;

/**
 * A swollen or red calf can be a deep vein thrombosis: same day. In pregnancy the message sends the user to the
 * maternity unit (variant {@code pregnant}).
 */
@Component
class CalfSwellingOrRednessRule extends WarningSignRule {

	CalfSwellingOrRednessRule() {
		super("calf-swelling-or-redness", WarningSign.CALF_SWELLING_OR_REDNESS, RedFlagCode.CALF_SWELLING_OR_REDNESS,
				Urgency.SAME_DAY);
	}

	@Override
	RuleOutcome raise(AdviceContext context, int nights, LocalDate latest) {
		return context.profile().pregnancy().isPregnant() ? firedAs("pregnant", nights, latest)
				: fired(nights, latest);
	}

}
