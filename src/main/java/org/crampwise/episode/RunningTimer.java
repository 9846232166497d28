package org.crampwise.episode;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A user's running "cramp now" timer.
 *
 * @param startedAt when it was started, with the offset of the user's zone at that moment
 * @param startedNow whether this call started it ({@code false}: it was already running and was left alone)
 */
record RunningTimer(OffsetDateTime startedAt, boolean startedNow) {

	/** Whole seconds since the start, never negative. */
	long elapsedSeconds(Instant now) {
		return Math.max(0, Duration.between(this.startedAt.toInstant(), now).toSeconds());
	}

}
