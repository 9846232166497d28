package org.crampwise.episode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A cramp episode as other modules (advice, export, share) read it. Times carry the offset the user logged them
 * with; {@code nightOf} and {@code daytime} follow {@link org.crampwise.system.NightRule}.
 *
 * @param id the server-assigned id
 * @param startedAt when the cramp began, with the user's offset
 * @param durationSeconds 1..86400
 * @param intensity 0..10 numeric pain rating
 * @param muscle where it was felt
 * @param side which leg
 * @param wokeFromSleep whether it woke the user
 * @param reliefsTried active-relief remedies tried
 * @param helpedMost the one that helped most, one of {@code reliefsTried}
 * @param warningSigns warning signs noticed with it
 * @param notes free text, at most 2000 characters
 * @param nightOf derived: the night it belongs to
 * @param daytime derived: started between 10:00 and 20:00 local time
 */
public record Episode(long id, OffsetDateTime startedAt, int durationSeconds, int intensity, Muscle muscle, Side side,
		boolean wokeFromSleep, Set<Relief> reliefsTried, @Nullable Relief helpedMost, Set<WarningSign> warningSigns,
		@Nullable String notes, LocalDate nightOf, boolean daytime) {

	public Episode {
		reliefsTried = Set.copyOf(reliefsTried);
		warningSigns = Set.copyOf(warningSigns);
	}

}
