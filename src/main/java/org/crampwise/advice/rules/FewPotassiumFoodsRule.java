package org.crampwise.advice.rules;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Concern;
import org.crampwise.advice.Remedy;
import org.crampwise.checkin.CheckIn;

/** Electrolytes through diet: fewer than {@code factors.potassium-servings} servings of potassium-rich food. */
@Component
class FewPotassiumFoodsRule extends NightlyFactorRule {

	FewPotassiumFoodsRule(AdviceSettings settings) {
		super("few-potassium-foods", Concern.recommends(Remedy.POTASSIUM_FOODS), settings);
	}

	@Override
	@Nullable Boolean present(CheckIn checkIn) {
		Integer servings = checkIn.potassiumFoodServings();
		return servings == null ? null : servings < this.settings.factors().potassiumServings();
	}

	@Override
	Object threshold() {
		return this.settings.factors().potassiumServings();
	}

}
