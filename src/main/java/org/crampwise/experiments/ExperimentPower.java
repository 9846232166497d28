package org.crampwise.experiments;

import org.jspecify.annotations.Nullable;

/**
 * What an experiment can find, from the simulation table of the method (docs/experiments.md): the share of users
 * shown HELPED with no effect, with a risk ratio of 0.7 and of 0.5, by cramp-night rate and design.
 *
 * @param rate the row's cramp-night rate (0.5 or 0.3)
 * @param falseHelped shown HELPED with no effect, percent
 * @param ratio07 shown HELPED at a risk ratio of 0.7, percent
 * @param ratio05 shown HELPED at a risk ratio of 0.5, percent
 */
public record ExperimentPower(double rate, double falseHelped, double ratio07, double ratio05) {

	/** Below this many cramp nights a week the method says more than 16 weeks would be needed. */
	public static final double SPARSE_NIGHTS_PER_WEEK = 2.0;

	/**
	 * The table's row nearest to the user's rate for the design, or null when the table has no row for it (the
	 * magnesium design, water at a low rate).
	 */
	public static @Nullable ExperimentPower of(double crampNightRate, int blockNights, int pairs) {
		boolean high = crampNightRate >= 0.4;
		if (blockNights == 14 && pairs == 3) {
			return high ? new ExperimentPower(0.5, 3.7, 20, 44) : null;
		}
		if (blockNights == 7 && pairs == 6) {
			return high ? new ExperimentPower(0.5, 4.2, 23, 50) : new ExperimentPower(0.3, 4.8, 15, 28);
		}
		if (blockNights == 7 && pairs == 8) {
			return high ? new ExperimentPower(0.5, 5.6, 30, 60) : new ExperimentPower(0.3, 4.2, 18, 38);
		}
		return null;
	}

}
