package org.crampwise.episode;

/** Where a cramp was felt (API codes). */
public enum Muscle {

	CALF, FOOT, THIGH, OTHER

}
