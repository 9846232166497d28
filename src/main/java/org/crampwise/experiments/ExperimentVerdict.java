package org.crampwise.experiments;

/** The verdict of a finished experiment, checked in the declared order (docs/experiments.md). */
public enum ExperimentVerdict {

	NOT_RELIABLE, WORSE, HELPED, NO_WORTHWHILE_EFFECT, CANT_TELL

}
