package org.crampwise.advice;

/**
 * How soon a red flag should be seen by a clinician (clinical-reference.md section 2). Declared from most to least
 * urgent.
 */
public enum Urgency {

	/** Today: contact a doctor or an urgent care service the same day. */
	SAME_DAY,

	/** Within the next few days. */
	SOON,

	/** At a routine appointment or the next medication review. */
	ROUTINE;

	/** The kebab-case form used in message keys. */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
