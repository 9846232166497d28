package org.crampwise.episode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * A cramp episode as other modules (advice, export, share) read it. Times carry the offset the user logged them
 * with; {@code nightOf} and {@code daytime} follow {@link org.crampwise.system.NightRule}.
 * <p>
 * An episode saved by stopping the "cramp now" timer may lack its intensity, muscle or side until the user gives
 * them; {@link #notGiven()} then names them, and the placeholder values ({@link #UNRATED_INTENSITY},
 * {@link #UNKNOWN_MUSCLE}, {@link #UNKNOWN_SIDE}) mean nothing: show "not rated" / "not given" and leave the episode
 * out of anything computed from that detail (an average intensity, a severity flag, a count per muscle).
 *
 * @param id the server-assigned id
 * @param startedAt when the cramp began, with the user's offset
 * @param durationSeconds 1..86400
 * @param intensity 0..10 numeric pain rating; a placeholder when {@code notGiven} contains INTENSITY
 * @param muscle where it was felt; a placeholder when {@code notGiven} contains MUSCLE
 * @param side which leg; a placeholder when {@code notGiven} contains SIDE
 * @param wokeFromSleep whether it woke the user
 * @param reliefsTried active-relief remedies tried
 * @param helpedMost the one that helped most, one of {@code reliefsTried}
 * @param warningSigns warning signs noticed with it
 * @param notes free text, at most 2000 characters
 * @param nightOf derived: the night it belongs to
 * @param daytime derived: started between 10:00 and 20:00 local time
 * @param notGiven details the user has not given yet (empty for every episode logged with the form or the API)
 */
public record Episode(long id, OffsetDateTime startedAt, int durationSeconds, int intensity, Muscle muscle, Side side,
		boolean wokeFromSleep, Set<Relief> reliefsTried, @Nullable Relief helpedMost, Set<WarningSign> warningSigns,
		@Nullable String notes, LocalDate nightOf, boolean daytime, Set<EpisodeDetail> notGiven) {

	/** The placeholder {@link #intensity()} of an episode whose intensity was not given. */
	public static final int UNRATED_INTENSITY = 0;

	/** The placeholder {@link #muscle()} of an episode whose muscle was not given. */
	public static final Muscle UNKNOWN_MUSCLE = Muscle.OTHER;

	/** The placeholder {@link #side()} of an episode whose side was not given. */
	public static final Side UNKNOWN_SIDE = Side.BOTH;

	public Episode {
		reliefsTried = Set.copyOf(reliefsTried);
		warningSigns = Set.copyOf(warningSigns);
		notGiven = Set.copyOf(notGiven);
	}

	/** A complete episode: every detail given. */
	public Episode(long id, OffsetDateTime startedAt, int durationSeconds, int intensity, Muscle muscle, Side side,
			boolean wokeFromSleep, Set<Relief> reliefsTried, @Nullable Relief helpedMost,
			Set<WarningSign> warningSigns, @Nullable String notes, LocalDate nightOf, boolean daytime) {
		this(id, startedAt, durationSeconds, intensity, muscle, side, wokeFromSleep, reliefsTried, helpedMost,
				warningSigns, notes, nightOf, daytime, Set.of());
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
		return !this.notGiven.contains(detail);
	}

}
