package org.crampwise.episode;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * What a stop of the "cramp now" timer may say besides "stop": any of intensity, muscle and side. What it leaves
 * out stays "not given" on the saved episode (see {@link EpisodeDetail}).
 */
@Schema(name = "CrampTimerStop",
		description = "Optional body of a timer stop; what it leaves out is saved as not given (null)")
record TimerStop(@Schema(minimum = "0", maximum = "10", example = "7") @Nullable Integer intensity,
		@Nullable Muscle muscle, @Nullable Side side) {

	static final TimerStop NOTHING_GIVEN = new TimerStop(null, null, null);

}
