package org.crampwise.export;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.checkin.CheckIn;
import org.crampwise.checkin.ExerciseLevel;

/**
 * The self-reported nightly factors the report counts and the FHIR bundle lists as triggers, defined exactly as the
 * advice engine defines them (docs/advice-rules.md, with its thresholds from {@link AdviceSettings}), so the report
 * and the patient's tips never disagree about what counted as, say, "alcohol near bedtime".
 */
@Component
class NightlyFactors {

	private final List<Factor> factors;

	NightlyFactors(AdviceSettings settings) {
		AdviceSettings.Factors limits = settings.factors();
		this.factors = List.of(
				new Factor("ALCOHOL_NEAR_BEDTIME", true, c -> (c.alcoholDrinks() == null) ? null
						: (c.alcoholDrinks() == 0) ? Boolean.FALSE
								: (c.hoursFromLastDrinkToBed() == null) ? null
										: c.hoursFromLastDrinkToBed() <= limits.alcoholNearBedHours(),
						number(limits.alcoholNearBedHours())),
				new Factor("HEAVY_DRINKING", true,
						c -> (c.alcoholDrinks() == null) ? null : c.alcoholDrinks() >= limits.heavyDrinks(),
						limits.heavyDrinks()),
				new Factor("LOW_WATER", true,
						c -> (c.waterMl() == null) ? null : c.waterMl() < limits.lowWaterMl(), limits.lowWaterMl()),
				new Factor("FEW_POTASSIUM_FOODS", true, c -> (c.potassiumFoodServings() == null) ? null
						: c.potassiumFoodServings() < limits.potassiumServings(), limits.potassiumServings()),
				new Factor("HARD_EXERCISE", true,
						c -> (c.exercise() == null) ? null : c.exercise() == ExerciseLevel.HARD),
				new Factor("LONG_STANDING", true, c -> (c.standingHours() == null) ? null
						: c.standingHours() >= limits.longStandingHours(), number(limits.longStandingHours())),
				new Factor("LONG_SITTING", true, c -> (c.sittingHours() == null) ? null
						: c.sittingHours() >= limits.longSittingHours(), number(limits.longSittingHours())),
				new Factor("TIGHT_BEDDING", true, CheckIn::tightBedding),
				new Factor("NO_STRETCH_BEFORE_BED", false,
						c -> (c.stretchedBeforeBed() == null) ? null : !c.stretchedBeforeBed()));
	}

	/** Every factor, in the order the report breaks ties in. */
	List<Factor> all() {
		return this.factors;
	}

	private static String number(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : Double.toString(value);
	}

	/**
	 * A nightly factor.
	 *
	 * @param code its code; its label is the message {@code export.factor.<code>} with {@code args}
	 * @param trigger whether it is something that may bring cramps on (a FHIR "exacerbating factor"); a missing
	 * stretch is counted in the report but is not a trigger
	 * @param test TRUE when present that night, FALSE when absent, null when the check-in did not answer
	 * @param args the threshold(s) in the label
	 */
	record Factor(String code, boolean trigger, Function<CheckIn, @Nullable Boolean> test, Object... args) {

		/** TRUE present, FALSE absent, null not answered. */
		@Nullable Boolean presentIn(CheckIn checkIn) {
			return this.test.apply(checkIn);
		}

	}

}
