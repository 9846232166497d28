package org.crampwise.nights;

/** What is known about a night. */
public enum NightStatus {

	/** At least one episode was logged for the night. */
	CRAMPS,

	/** The user said the night had no cramps, and no episode was logged. */
	NO_CRAMPS,

	/** Neither: nothing is known, and no statistic counts the night as cramp-free. */
	UNKNOWN;

	/** Whether anything is known about the night. */
	public boolean known() {
		return this != UNKNOWN;
	}

}
