package org.crampwise.experiments;

import org.jspecify.annotations.Nullable;

/**
 * The plan shown before an experiment starts.
 *
 * @param remedy the remedy
 * @param runInNights nights of the run-in
 * @param blockNights nights of a block
 * @param pairs the default pairs for this user (8 for a 7-night design below 2 cramp nights a week)
 * @param washInNights the first nights of every block left out
 * @param totalNights run-in plus blocks
 * @param weeks the same in weeks, rounded up
 * @param recentKnownNights known nights of the last 28
 * @param recentCrampNightsPerWeek cramp nights a week over those, null without any known night
 * @param sparse under 2 cramp nights a week: more than 16 weeks would be needed
 * @param power what the design can find at this rate (the method's table), null when the table has no row
 * @param refusal why this user may not start it (the advice engine's words), or null
 */
public record PlanPreview(TestedRemedy remedy, int runInNights, int blockNights, int pairs, int washInNights,
		int totalNights, int weeks, int recentKnownNights, @Nullable Double recentCrampNightsPerWeek, boolean sparse,
		@Nullable ExperimentPower power, @Nullable String refusal) {

	public String remedyKey() {
		return this.remedy.key();
	}

}
