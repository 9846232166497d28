package org.crampwise.experiments;

/** The user's own choice after an experiment, stored beside the verdict. */
public enum Decision {

	KEEP, DROP, UNDECIDED

}
