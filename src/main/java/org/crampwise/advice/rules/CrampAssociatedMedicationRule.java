package org.crampwise.advice.rules;

import java.util.List;

import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceContext;
import org.crampwise.advice.Concern;
import org.crampwise.advice.RedFlagCode;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.advice.Urgency;
import org.crampwise.profile.Medication;

/**
 * A medicine of a cramp-associated class ({@code DrugClass.isCrampAssociated()}, clinical-reference.md section 3)
 * taken in the window, and cramps in the window: talk to the prescriber at the next review and keep taking it as
 * prescribed meanwhile. Arguments: names, how many (not fired with such medicines: names, window nights).
 */
@Component
class CrampAssociatedMedicationRule extends AbstractRule {

	CrampAssociatedMedicationRule() {
		super("cramp-associated-medication", Concern.raises(RedFlagCode.MEDICATION_REVIEW, Urgency.ROUTINE));
	}

	@Override
	public RuleOutcome evaluate(AdviceContext context) {
		List<String> names = context.medicationsInWindow()
			.stream()
			.filter(m -> m.drugClass().isCrampAssociated())
			.map(Medication::name)
			.distinct()
			.toList();
		if (names.isEmpty()) {
			return notFiredAs("none");
		}
		if (context.episodes().isEmpty()) {
			return notFired(names, context.windowDays());
		}
		return fired(names, names.size());
	}

}
