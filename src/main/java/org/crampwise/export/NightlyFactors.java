package org.crampwise.export;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.NightlyFactor;
import org.crampwise.checkin.CheckIn;

/**
 * The nightly factors the report counts and the FHIR bundle lists as triggers: the advice engine's
 * {@link NightlyFactor} definitions with the thresholds of {@link AdviceSettings}, so the report and the patient's
 * tips never disagree about what counted as, say, "alcohol near bedtime". This class only adds the report's labels.
 */
@Component
class NightlyFactors {

	private final List<Factor> factors;

	NightlyFactors(AdviceSettings settings) {
		AdviceSettings.Factors limits = settings.factors();
		this.factors = Arrays.stream(NightlyFactor.values()).map(factor -> new Factor(factor, limits)).toList();
	}

	/** Every factor, in the order the report breaks ties in. */
	List<Factor> all() {
		return this.factors;
	}

	private static String number(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : Double.toString(value);
	}

	/**
	 * A nightly factor with the thresholds in force.
	 *
	 * @param factor the definition
	 * @param limits the thresholds
	 */
	record Factor(NightlyFactor factor, AdviceSettings.Factors limits) {

		/** Its code; its label is the message {@code export.factor.<code>} with {@link #args()}. */
		String code() {
			return this.factor.name();
		}

		/** Whether it may bring cramps on (a FHIR "exacerbating factor"). */
		boolean trigger() {
			return this.factor.trigger();
		}

		/** The threshold(s) in the label. */
		Object[] args() {
			Number threshold = this.factor.threshold(this.limits);
			if (threshold == null) {
				return new Object[0];
			}
			return new Object[] { (threshold instanceof Double hours) ? number(hours) : threshold };
		}

		/** TRUE present, FALSE absent, null not answered. */
		@Nullable Boolean presentIn(CheckIn checkIn) {
			return this.factor.presentIn(checkIn, this.limits);
		}

	}

}
