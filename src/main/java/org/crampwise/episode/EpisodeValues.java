package org.crampwise.episode;

import java.time.OffsetDateTime;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An episode's details after {@link EpisodeRules} accepted them: complete, in range and consistent
 * ({@code helpedMost} is one of {@code reliefsTried}); {@code startedAt} is whole seconds and {@code notes} is
 * {@code null} rather than blank.
 */
record EpisodeValues(OffsetDateTime startedAt, int durationSeconds, int intensity, Muscle muscle, Side side,
		boolean wokeFromSleep, Set<Relief> reliefsTried, @Nullable Relief helpedMost, Set<WarningSign> warningSigns,
		@Nullable String notes) {

	EpisodeValues {
		reliefsTried = Set.copyOf(reliefsTried);
		warningSigns = Set.copyOf(warningSigns);
	}

}
