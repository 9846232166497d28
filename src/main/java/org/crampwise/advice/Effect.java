package org.crampwise.advice;

/** What a rule does to the report when it fires. */
public enum Effect {

	/** Adds a reason to recommend a remedy (and to its score for ranking). */
	RECOMMEND,

	/** Withholds a remedy as unsafe for this user, with the reason; it then cannot be recommended. */
	WITHHOLD,

	/** Adds a caution to a remedy if it is recommended. */
	CAUTION,

	/** Raises a red flag: see a clinician rather than rely on self-care. */
	RED_FLAG

}
