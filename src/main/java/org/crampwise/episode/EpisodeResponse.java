package org.crampwise.episode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The {@code CrampEpisode} resource of the API contract. {@code intensity}, {@code muscle} and {@code side} are
 * {@code null} (not given) only on an episode saved by the "cramp now" timer or {@code POST /timed}
 * before the user gave them.
 */
@Schema(name = "CrampEpisode")
record EpisodeResponse(@Schema(example = "42") long id,
		@Schema(example = "2026-11-20T02:14:00+01:00",
				description = "When the cramp began, with the offset it was logged with") OffsetDateTime startedAt,
		@Schema(minimum = "1", maximum = "86400", example = "90") int durationSeconds,
		@Schema(minimum = "0", maximum = "10", example = "7", nullable = true,
				description = "0-10 pain rating; null = not rated (an episode saved by the timer stop without one)") @Nullable Integer intensity,
		@Schema(nullable = true, description = "null = not given (timer stop)") @Nullable Muscle muscle,
		@Schema(nullable = true, description = "null = not given (timer stop)") @Nullable Side side,
		boolean wokeFromSleep, List<Relief> reliefsTried, @Schema(nullable = true) @Nullable Relief helpedMost,
		List<WarningSign> warningSigns, @Schema(nullable = true) @Nullable String notes,
		@Schema(example = "2026-11-19",
				description = "Derived: the local date of (startedAt minus 12 hours)") LocalDate nightOf,
		@Schema(description = "Derived: local start time from 10:00 (inclusive) to 20:00 (exclusive)") boolean daytime) {

	static EpisodeResponse of(Episode episode) {
		return new EpisodeResponse(episode.id(), episode.startedAt(), episode.durationSeconds(),
				episode.intensity(), episode.muscle(), episode.side(), episode.wokeFromSleep(),
				sorted(episode.reliefsTried()), episode.helpedMost(), sorted(episode.warningSigns()), episode.notes(),
				episode.nightOf(), episode.daytime());
	}

	private static <E extends Enum<E>> List<E> sorted(Set<E> codes) {
		return codes.stream().sorted().toList();
	}

}
