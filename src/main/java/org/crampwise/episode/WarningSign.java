package org.crampwise.episode;

/** Signs logged with an episode that call for a clinician rather than self-care (API codes). */
public enum WarningSign {

	CALF_SWELLING_OR_REDNESS, MUSCLE_WEAKNESS, NUMBNESS_OR_TINGLING

}
