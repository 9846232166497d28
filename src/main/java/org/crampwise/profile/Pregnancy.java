package org.crampwise.profile;

/** Pregnancy status (API codes). */
public enum Pregnancy {

	NONE, FIRST_TRIMESTER, SECOND_TRIMESTER, THIRD_TRIMESTER;

	public boolean isPregnant() {
		return this != NONE;
	}

}
