package org.crampwise.advice.rules;

import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Concern;
import org.crampwise.advice.NightlyFactor;
import org.crampwise.advice.Remedy;

/** Electrolytes through diet: fewer than {@code factors.potassium-servings} servings of potassium-rich food. */
@Component
class FewPotassiumFoodsRule extends NightlyFactorRule {

	FewPotassiumFoodsRule(AdviceSettings settings) {
		super("few-potassium-foods", NightlyFactor.FEW_POTASSIUM_FOODS, Concern.recommends(Remedy.POTASSIUM_FOODS), settings);
	}

}
