package org.crampwise.episode;

/**
 * A detail of an episode that the "cramp now" timer may save before the user gives it. An episode logged with the
 * form or the API always has all three; one saved by stopping the timer has none of them until the user taps a
 * quick choice or edits it: the detail is then {@code null} on {@link Episode}, which {@link Episode#notGiven()} lists.
 */
public enum EpisodeDetail {

	/** The 0-10 pain rating. */
	INTENSITY,

	/** Where the cramp was felt. */
	MUSCLE,

	/** Which leg. */
	SIDE

}
