package org.crampwise.advice;

/**
 * Red-flag codes of the API contract, plus two the contract allows ("more may be added"): a cramp-associated
 * medicine to review with the prescriber, and a long-term condition to review with its clinician.
 */
public enum RedFlagCode {

	FREQUENT_CRAMPS, SEVERE_CRAMPS, LONG_CRAMP, CALF_SWELLING_OR_REDNESS, MUSCLE_WEAKNESS, NUMBNESS_OR_TINGLING,
	DAYTIME_CRAMPS, NEW_MEDICATION, MEDICATION_REVIEW, CONDITION_REVIEW

}
