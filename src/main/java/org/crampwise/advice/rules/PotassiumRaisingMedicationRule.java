package org.crampwise.advice.rules;

import java.util.List;

import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceContext;
import org.crampwise.advice.Concern;
import org.crampwise.advice.Remedy;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.profile.Medication;

/**
 * Safety: no potassium-rich food advice with a medicine that raises potassium ({@code DrugClass.raisesPotassium()}:
 * ACE inhibitors, ARBs, potassium-sparing diuretics, regular NSAIDs) taken in the window or now. Arguments: names,
 * how many.
 */
@Component
class PotassiumRaisingMedicationRule extends AbstractRule {

	PotassiumRaisingMedicationRule() {
		super("potassium-raising-medication", Concern.withholds(Remedy.POTASSIUM_FOODS));
	}

	@Override
	public RuleOutcome evaluate(AdviceContext context) {
		List<String> names = context.medicationsInWindow()
			.stream()
			.filter(m -> m.drugClass().raisesPotassium())
			.map(Medication::name)
			.distinct()
			.toList();
		return names.isEmpty() ? notFired() : fired(names, names.size());
	}

}
