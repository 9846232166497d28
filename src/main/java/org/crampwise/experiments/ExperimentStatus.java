package org.crampwise.experiments;

/** Where an experiment stands (API contract): RUN_IN and RUNNING are told by the clock, the others are stored. */
public enum ExperimentStatus {

	RUN_IN, RUNNING, PAUSED, FINISHED, STOPPED;

	/** Whether the experiment still holds the user's one place (a second one is refused meanwhile). */
	public boolean open() {
		return this == RUN_IN || this == RUNNING || this == PAUSED;
	}

}
