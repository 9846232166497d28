package org.crampwise.episode;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Collection;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * A cramp episode as other modules (advice, export, share) read it. Times carry the offset the user logged them
 * with; {@code nightOf} and {@code daytime} follow {@link org.crampwise.system.NightRule}.
 * <p>
 * An episode saved by the "cramp now" timer (or {@code POST /api/v1/episodes/timed}) may lack its intensity, muscle
 * or side until the user gives them: they are then {@code null}, meaning "not given". Show "not rated" / "not given"
 * and leave the episode out of anything computed from that detail (an average intensity, a severity flag, a count
 * per muscle). Episodes logged with the form or the API always have all three.
 *
 * @param id the server-assigned id
 * @param startedAt when the cramp began, with the user's offset
 * @param durationSeconds 1..86400
 * @param intensity 0..10 numeric pain rating, or {@code null}: not rated
 * @param muscle where it was felt, or {@code null}: not given
 * @param side which leg, or {@code null}: not given
 * @param wokeFromSleep whether it woke the user
 * @param reliefsTried active-relief remedies tried
 * @param helpedMost the one that helped most, one of {@code reliefsTried}
 * @param warningSigns warning signs noticed with it
 * @param notes free text, at most 2000 characters
 * @param nightOf derived: the night it belongs to
 * @param daytime derived: started between 10:00 and 20:00 local time
 */
// Serializable: the undo of a delete keeps the episode in the session, which lives in the database
public record Episode(long id, OffsetDateTime startedAt, int durationSeconds, @Nullable Integer intensity,
		@Nullable Muscle muscle, @Nullable Side side, boolean wokeFromSleep, Set<Relief> reliefsTried,
		@Nullable Relief helpedMost, Set<WarningSign> warningSigns, @Nullable String notes, LocalDate nightOf,
		boolean daytime) implements Serializable {

	public Episode {
		reliefsTried = Set.copyOf(reliefsTried);
		warningSigns = Set.copyOf(warningSigns);
	}

	/**
	 * Cramp nights, defined once for advice, the report and insights: the nights with at least one episode that is
	 * not a daytime one (daytime cramps have their own red flag and do not coincide with the evening's factors).
	 */
	public static SortedSet<LocalDate> crampNights(Collection<Episode> episodes) {
		SortedSet<LocalDate> nights = new TreeSet<>();
		for (Episode episode : episodes) {
			if (!episode.daytime()) {
				nights.add(episode.nightOf());
			}
		}
		return nights;
	}

	/** Whether the user gave this detail (always true for episodes logged with the form or the API). */
	public boolean isGiven(EpisodeDetail detail) {
		return switch (detail) {
			case INTENSITY -> this.intensity != null;
			case MUSCLE -> this.muscle != null;
			case SIDE -> this.side != null;
		};
	}

	/** The details not given yet (empty for every episode logged with the form or the API). */
	public Set<EpisodeDetail> notGiven() {
		EnumSet<EpisodeDetail> missing = EnumSet.noneOf(EpisodeDetail.class);
		for (EpisodeDetail detail : EpisodeDetail.values()) {
			if (!isGiven(detail)) {
				missing.add(detail);
			}
		}
		return Set.copyOf(missing);
	}

}
