package org.crampwise.advice.rules;

import java.util.List;

import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceContext;
import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Concern;
import org.crampwise.advice.Remedy;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.profile.DrugClass;
import org.crampwise.profile.Medication;

/**
 * Electrolytes through drugs: a thiazide or loop diuretic taken in the window can lower potassium. Suggests
 * potassium-rich food and asking the prescriber whether potassium has been checked (never a supplement, never
 * changing the medicine). Scores {@code standing-weight}. Arguments: the medicines' names, how many.
 */
@Component
class PotassiumLosingDiureticRule extends AbstractRule {

	private final AdviceSettings settings;

	PotassiumLosingDiureticRule(AdviceSettings settings) {
		super("potassium-losing-diuretic", Concern.recommends(Remedy.POTASSIUM_FOODS));
		this.settings = settings;
	}

	@Override
	public RuleOutcome evaluate(AdviceContext context) {
		List<String> names = context.medicationsInWindow()
			.stream()
			.filter(m -> m.drugClass() == DrugClass.THIAZIDE_DIURETIC || m.drugClass() == DrugClass.LOOP_DIURETIC)
			.map(Medication::name)
			.distinct()
			.toList();
		if (names.isEmpty()) {
			return notFired();
		}
		return recommended(this.settings.ranking().standingWeight(), names, names.size());
	}

}
