package org.crampwise.clinician;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.crampwise.advice.RedFlagCode;
import org.crampwise.advice.Urgency;
import org.crampwise.experiments.ExperimentSummary;

/**
 * One patient of the clinician's list (the API's item and the page's row).
 *
 * @param patientId the patient's account id
 * @param displayName the name the patient gave, or their username
 * @param redFlags the advice engine's red flags over the last 14 nights, most urgent first
 * @param urgency the most urgent of them, null when none
 * @param crampNightsPerWeek cramp nights a week: the last 4 weeks and the 8 before, with 95% intervals
 * @param checkInCompleteness the share of the last 28 nights with a check-in, 0..1
 * @param lastLoggedNight the latest night with an episode or a check-in, null when none
 * @param medicationStarts medications started in the last 12 weeks, newest first
 * @param weeks cramp nights in each of the last 12 weeks (0..7), oldest first
 * @param experiment the patient's latest experiment (remedy, status, block, decision, the stored verdict once
 * finished), null when none
 */
record PatientRow(long patientId, String displayName, List<Flag> redFlags, @Nullable Urgency urgency,
		Weekly crampNightsPerWeek, double checkInCompleteness, @Nullable LocalDate lastLoggedNight,
		List<MedicationStart> medicationStarts, List<Integer> weeks, @Nullable ExperimentSummary experiment) {

	/** A red flag and how soon it should be seen. */
	record Flag(RedFlagCode code, Urgency urgency) {
	}

	/**
	 * Cramp nights a week (per 7 nights, unlogged nights counted as without cramps, as in the report) with the 95%
	 * Wilson interval of each rate.
	 */
	record Weekly(double recent, double before, double recentLow, double recentHigh, double beforeLow,
			double beforeHigh) {

		/** Recent minus before. */
		double change() {
			return this.recent - this.before;
		}

	}

	/** A medication start; {@code crampAssociated} marks the catalog's cramp-associated classes. */
	record MedicationStart(String name, String drugClass, LocalDate startedOn, boolean crampAssociated) {
	}

}
