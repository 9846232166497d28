package org.crampwise.episode;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The "log an episode" and "edit episode" form: the start as a local date and time in the user's zone, the duration
 * as minutes and seconds, and the rest as the API has it. It checks nothing itself; it becomes an
 * {@link EpisodeDraft} and {@link EpisodeRules} judge it, as they judge the API.
 */
record EpisodeForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
		@DateTimeFormat(pattern = "HH:mm", fallbackPatterns = { "HH:mm:ss", "H:mm" }) @Nullable LocalTime time,
		@Nullable Integer minutes, @Nullable Integer seconds, @Nullable Integer intensity, @Nullable Muscle muscle,
		@Nullable Side side, boolean wokeFromSleep, @Nullable Set<Relief> reliefsTried, @Nullable Relief helpedMost,
		@Nullable Set<WarningSign> warningSigns, @Nullable String notes) {

	/** A new episode, starting at the suggested local time; everything else is for the user to pick. */
	static EpisodeForm startingAt(LocalDateTime start) {
		return new EpisodeForm(start.toLocalDate(), start.toLocalTime(), null, null, null, null, null, false, Set.of(),
				null, Set.of(), null);
	}

	/** An episode to edit, its start shown in the user's zone. Details the timer left out stay unpicked. */
	static EpisodeForm of(Episode episode, ZoneId zone) {
		LocalDateTime start = episode.startedAt().atZoneSameInstant(zone).toLocalDateTime();
		return new EpisodeForm(start.toLocalDate(), start.toLocalTime(), episode.durationSeconds() / 60,
				episode.durationSeconds() % 60,
				episode.intensity(), episode.muscle(), episode.side(), episode.wokeFromSleep(),
				episode.reliefsTried(), episode.helpedMost(), episode.warningSigns(), episode.notes());
	}

	/**
	 * The start in the user's zone, with that zone's offset at that moment.
	 * @throws org.crampwise.system.InvalidInputException on {@code time} for a time the clocks skipped
	 */
	@Nullable OffsetDateTime startedAt(ZoneId zone) {
		if (this.date == null || this.time == null) {
			return null;
		}
		return LocalStart.of(this.date, this.time, zone);
	}

	EpisodeDraft toDraft(@Nullable OffsetDateTime startedAt) {
		return new EpisodeDraft(startedAt, durationSeconds(), this.intensity, this.muscle, this.side,
				this.wokeFromSleep, (this.reliefsTried != null) ? List.copyOf(this.reliefsTried) : List.of(),
				this.helpedMost, (this.warningSigns != null) ? List.copyOf(this.warningSigns) : List.of(), this.notes);
	}

	/** Minutes and seconds as one number of seconds; either may be left empty, not both. */
	@Nullable Integer durationSeconds() {
		if (this.minutes == null && this.seconds == null) {
			return null;
		}
		long total = 60L * ((this.minutes != null) ? this.minutes : 0) + ((this.seconds != null) ? this.seconds : 0);
		// out of int range is out of 1..86400 too: let the rule say so
		return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, total));
	}

}
