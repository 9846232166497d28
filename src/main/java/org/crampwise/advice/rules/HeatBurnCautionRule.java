package org.crampwise.advice.rules;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceContext;
import org.crampwise.advice.Concern;
import org.crampwise.advice.Remedy;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.episode.WarningSign;
import org.crampwise.profile.HealthCondition;

/**
 * Safety: heat can burn feet that do not feel it well. Cautions heat for diabetes, peripheral artery disease or a
 * neurological disorder in the profile, or numbness or tingling noted in the window. Argument: those reasons.
 */
@Component
class HeatBurnCautionRule extends AbstractRule {

	private static final List<HealthCondition> DULLING = List.of(HealthCondition.DIABETES,
			HealthCondition.PERIPHERAL_ARTERY_DISEASE, HealthCondition.NEUROLOGICAL_DISORDER);

	HeatBurnCautionRule() {
		super("heat-burn-caution", Concern.cautions(Remedy.APPLY_HEAT));
	}

	@Override
	public RuleOutcome evaluate(AdviceContext context) {
		List<Enum<?>> reasons = new ArrayList<>();
		DULLING.stream().filter(context.profile()::has).forEach(reasons::add);
		if (!context.episodesWith(WarningSign.NUMBNESS_OR_TINGLING).isEmpty()) {
			reasons.add(WarningSign.NUMBNESS_OR_TINGLING);
		}
		return reasons.isEmpty() ? notFired() : fired(reasons);
	}

}
