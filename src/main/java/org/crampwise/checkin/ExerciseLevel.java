package org.crampwise.checkin;

/** How hard the user exercised that day (API codes). */
public enum ExerciseLevel {

	NONE, LIGHT, MODERATE, HARD

}
