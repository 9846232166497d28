package org.crampwise.reminders;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.ValidationWarnings;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.util.DateTimeComponents;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A feed read by two independent parsers: ical4j (the library that writes it, strict parsing and its RFC 5545
 * validation) and biweekly (another code base, with its own warnings and validation), so a feed that only one of
 * them reads fails.
 */
final class FeedParsers {

	private FeedParsers() {
	}

	/** Parses with ical4j and validates; fails on any error. */
	static Calendar ical4j(String text) {
		try {
			Calendar calendar = new CalendarBuilder().build(new StringReader(text));
			calendar.validate();
			return calendar;
		}
		catch (IOException | ParserException ex) {
			throw new AssertionError("ical4j cannot read the feed: " + ex, ex);
		}
	}

	/** Parses with biweekly; fails on any parse warning and any validation warning for iCalendar 2.0. */
	static ICalendar biweekly(String text) {
		List<List<biweekly.io.ParseWarning>> warnings = new ArrayList<>();
		List<ICalendar> calendars = Biweekly.parse(text).warnings(warnings).all();
		assertThat(calendars).as("one calendar").hasSize(1);
		assertThat(warnings.stream().flatMap(List::stream).map(Object::toString)).as("biweekly parse warnings").isEmpty();
		ICalendar calendar = calendars.get(0);
		ValidationWarnings validation = calendar.validate(ICalVersion.V2_0);
		assertThat(validation.isEmpty()).as("biweekly validation: %s", validation).isTrue();
		return calendar;
	}

	/**
	 * One event as biweekly reads it: the start as written (local date and time, and its TZID, or null for UTC) and
	 * as biweekly's own instant. Biweekly 0.6.8 computes the instant of a local time from the VTIMEZONE's rules
	 * itself and is an hour off on the evening before a change of daylight saving time (21:30 on 31 October 2026 in
	 * New York comes out as EST), so tests compare the written local time and TZID, and take instants from ical4j.
	 */
	record Event(String uid, String summary, String description, LocalDateTime local, @Nullable String tzid,
			Instant start, List<VAlarm> alarms) {

		static List<Event> of(ICalendar calendar) {
			return calendar.getEvents().stream().map(event -> of(calendar, event)).toList();
		}

		static Event of(ICalendar calendar, VEvent event) {
			DateTimeComponents raw = event.getDateStart().getValue().getRawComponents();
			TimezoneAssignment zone = calendar.getTimezoneInfo().getTimezone(event.getDateStart());
			String tzid = (zone == null) ? null
					: (zone.getComponent() != null) ? zone.getComponent().getTimezoneId().getValue() : zone.getGlobalId();
			return new Event(event.getUid().getValue(), event.getSummary().getValue(),
					event.getDescription().getValue(),
					LocalDateTime.of(raw.getYear(), raw.getMonth(), raw.getDate(), raw.getHour(), raw.getMinute(),
							raw.getSecond()),
					tzid, event.getDateStart().getValue().toInstant(), event.getAlarms());
		}

	}

}
