package org.crampwise.system;

import java.time.LocalDate;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The dates and times the API and the forms accept at all: written exactly as {@code YYYY-MM-DD} (a time as
 * ISO-8601 with an offset) and from {@link #EARLIEST} to {@link #LATEST}. A field may narrow this further (an
 * episode starts in {@code 2000} or later and not in the future); nothing may widen it, so every stored date fits
 * every renderer (PDF, CSV, FHIR) and both databases.
 */
public final class DateBounds {

	public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

	/**
	 * How a refused date or time is explained, in English.
	 * @deprecated use {@link #date()} / {@link #time()}, resolved in the reader's language
	 */
	@Deprecated
	public static final String DATE = "a date as YYYY-MM-DD from " + EARLIEST + " to " + LATEST;

	/** @deprecated use {@link #time()} */
	@Deprecated
	public static final String TIME = "a time as ISO-8601 with offset, e.g. 2026-11-20T02:14:00+01:00, from "
			+ EARLIEST + " to " + LATEST;

	private DateBounds() {
	}

	/** "a date as YYYY-MM-DD from 1900-01-01 to 2099-12-31", as a message of the reader's language. */
	public static MessageSourceResolvable date() {
		return new DefaultMessageSourceResolvable(new String[] { "problem.type.date" },
				new Object[] { EARLIEST.toString(), LATEST.toString() });
	}

	/** "a time as ISO-8601 with offset ...", as a message of the reader's language. */
	public static MessageSourceResolvable time() {
		return new DefaultMessageSourceResolvable(new String[] { "problem.type.time" },
				new Object[] { EARLIEST.toString(), LATEST.toString() });
	}

	public static boolean within(LocalDate date) {
		return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
	}

}
