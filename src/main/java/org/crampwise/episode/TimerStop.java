package org.crampwise.episode;

import org.jspecify.annotations.Nullable;

/**
 * What a stop of the "cramp now" timer may say besides "stop": any of intensity, muscle and side. What it leaves
 * out stays "not given" on the saved episode (see {@link EpisodeDetail}).
 */
record TimerStop(@Nullable Integer intensity, @Nullable Muscle muscle, @Nullable Side side) {

	static final TimerStop NOTHING_GIVEN = new TimerStop(null, null, null);

}
