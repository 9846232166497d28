package org.crampwise.episode;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An episode as a client or a form sent it, before any rule has looked at it: every field may be missing. Both
 * adapters (the JSON API and the log form) build one and hand it to {@link EpisodeService}, which checks it with
 * {@link EpisodeRules}, so the rules live in one place. Lists keep the client's order, so a problem can name
 * {@code reliefsTried[1]}.
 */
record EpisodeDraft(@Nullable OffsetDateTime startedAt, @Nullable Integer durationSeconds, @Nullable Integer intensity,
		@Nullable Muscle muscle, @Nullable Side side, @Nullable Boolean wokeFromSleep,
		@Nullable List<@Nullable Relief> reliefsTried, @Nullable Relief helpedMost,
		@Nullable List<@Nullable WarningSign> warningSigns, @Nullable String notes) {
}
