package org.crampwise.insights;

/** The verdict on one factor at one lag (or one medication), checked in this order. */
public enum Verdict {

	/** Below the minimum data, or inconclusive. */
	NOT_ENOUGH_DATA,

	/** Significant after Benjamini-Hochberg, the interval excludes 1, and the rates differ by at least 0.10. */
	LINKED,

	/** The risk ratio's interval lies inside 0.67..1.5. */
	NO_BIG_EFFECT

}
