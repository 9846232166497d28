package org.crampwise.episode;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/v1/episodes} and {@code PUT /api/v1/episodes/{id}}. Nothing is checked here:
 * {@link EpisodeRules} checks every field, for the API and the form alike. The server's own fields ({@code id},
 * {@code nightOf}, {@code daytime}) may be sent back as read and are ignored, so a client can PUT what it got.
 */
@Schema(name = "CrampEpisodeInput", description = "A cramp episode as a client sends it. id, nightOf and daytime "
		+ "may be present (as read) and are ignored.")
@JsonIgnoreProperties(value = { "id", "nightOf", "daytime" }, allowGetters = false)
record EpisodeRequest(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-11-20T02:14:00+01:00",
				description = "When the cramp began, ISO-8601 with the user's offset; not more than 5 minutes in the "
						+ "future, 2000 or later; stored to the second") @Nullable OffsetDateTime startedAt,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "86400",
				example = "90") @Nullable Integer durationSeconds,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0", maximum = "10", example = "7",
				description = "0-10 numeric pain rating") @Nullable Integer intensity,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Muscle muscle,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Side side,
		@Schema(defaultValue = "false") @Nullable Boolean wokeFromSleep,
		@Schema(description = "Active reliefs tried; duplicates count once") @Nullable List<@Nullable Relief> reliefsTried,
		@Schema(description = "Must be one of reliefsTried") @Nullable Relief helpedMost,
		@Nullable List<@Nullable WarningSign> warningSigns,
		@Schema(maxLength = 2000, description = "At most 2000 characters") @Nullable String notes) {

	EpisodeDraft toDraft() {
		return new EpisodeDraft(this.startedAt, this.durationSeconds, this.intensity, this.muscle, this.side,
				this.wokeFromSleep, this.reliefsTried, this.helpedMost, this.warningSigns, this.notes);
	}

}
