package org.crampwise.experiments;

/** The two arms of a personal experiment: a night with the remedy, or a usual night without it. */
public enum Arm {

	REMEDY, USUAL

}
