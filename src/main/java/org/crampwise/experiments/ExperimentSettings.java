package org.crampwise.experiments;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The numbers of the experiment method (docs/experiments.md), each a setting under {@code crampwise.experiments}.
 *
 * @param runInNights nights of the run-in before the first block (14)
 * @param runInKnownNights known run-in nights below which the plan warns that the answer may well be CANT_TELL (12)
 * @param runInCrampNights cramp nights of the run-in below which it warns the same (3)
 * @param minAdherence a block under this share of nights done as scheduled makes the verdict NOT_RELIABLE (0.70)
 * @param helpedMaxRatio HELPED needs an estimate at most this (0.75: at least 25% fewer cramp nights), and
 * NO_WORTHWHILE_EFFECT a lower limit above it
 */
@ConfigurationProperties("crampwise.experiments")
public record ExperimentSettings(@DefaultValue("14") int runInNights, @DefaultValue("12") int runInKnownNights,
		@DefaultValue("3") int runInCrampNights, @DefaultValue("0.70") double minAdherence,
		@DefaultValue("0.75") double helpedMaxRatio) {

	/** The defaults, for tests and the simulation. */
	public static ExperimentSettings defaults() {
		return new ExperimentSettings(14, 12, 3, 0.70, 0.75);
	}

}
