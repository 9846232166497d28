package org.crampwise.episode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import org.crampwise.system.InvalidInputException;

/**
 * Start times as a person types them on a page: a local date and time in their own zone. The offset stored is the
 * zone's offset at that very moment, so a cramp at 01:30 on the night the clocks change keeps +01:00 and one at
 * 03:30 gets +02:00 (Europe/Paris, 29 March 2026).
 */
final class LocalStart {

	/** "Last night" on the log form: 03:00, the small hours when night cramps strike most. */
	static final LocalTime SMALL_HOURS = LocalTime.of(3, 0);

	private LocalStart() {
	}

	/**
	 * The moment a local date and time names in a zone. A time the clocks skipped (02:30 when they jump from 02:00
	 * to 03:00) is refused rather than silently moved; a time that happened twice (02:30 when they fall back from
	 * 03:00 to 02:00) is the first of the two, the one still in summer time.
	 * @throws InvalidInputException on {@code time} for a skipped time
	 */
	static OffsetDateTime of(LocalDate date, LocalTime time, ZoneId zone) {
		LocalDateTime local = LocalDateTime.of(date, time);
		ZonedDateTime zoned = ZonedDateTime.ofLocal(local, zone, null);
		if (!zoned.toLocalDateTime().equals(local)) {
			throw InvalidInputException.of("time", "episode.problem.skippedTime", zone.getId());
		}
		return zoned.toOffsetDateTime();
	}

	/**
	 * The start the log form suggests: 03:00 of today's local date once that has passed (so in the morning and all
	 * day it means "last night"); before 03:00 the night is still going on, so it suggests now, to the minute.
	 */
	/**
	 * The start the log form suggests for a chosen night (the calendar's "log a cramp" of a day): 03:00 of the morning
	 * after it, or the suggestion for last night when that lies ahead (a night not yet over).
	 */
	static LocalDateTime ofNight(LocalDate night, Instant now, ZoneId zone) {
		LocalDateTime start = night.plusDays(1).atTime(SMALL_HOURS);
		LocalDateTime suggested = lastNight(now, zone);
		return start.isAfter(suggested) ? suggested : start;
	}

	static LocalDateTime lastNight(Instant now, ZoneId zone) {
		LocalDateTime local = now.atZone(zone).toLocalDateTime();
		LocalDateTime smallHours = local.toLocalDate().atTime(SMALL_HOURS);
		return local.isBefore(smallHours) ? local.truncatedTo(ChronoUnit.MINUTES) : smallHours;
	}

}
