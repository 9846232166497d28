package org.crampwise.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.parameter.Related;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.util.UriComponentsBuilder;

import org.crampwise.account.AccountId;
import org.crampwise.account.Accounts;
import org.crampwise.advice.Remedy;
import org.crampwise.experiments.Arm;
import org.crampwise.experiments.NightTask;
import org.crampwise.experiments.NightTasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The feed as written, read back by ical4j and by biweekly: the rolling window of nights, the three kinds of event in
 * the user's zone (across a change of daylight saving time too), an alarm on each, stable UIDs, neutral titles, links
 * back to the app, and tonight's task in the feed's language.
 */
class CalendarFeedTests {

	static final AccountId ALICE = new AccountId(7);

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	/** 28 October 2026, 12:00 in New York: the window runs over the end of daylight saving time (1 November). */
	static final Instant NOW = Instant.parse("2026-10-28T16:00:00Z");

	static final LocalDate TONIGHT = LocalDate.of(2026, 10, 28);

	static final ReminderTimes TIMES = new ReminderTimes(LocalTime.of(21, 30), LocalTime.of(7, 15));

	static final UriComponentsBuilder BASE = UriComponentsBuilder.fromUriString("https://crampwise.example");

	final ResourceBundleMessageSource messages = messages();

	@Test
	void holdsACheckInAndAMorningQuestionForEveryNightOfTheWindowInTheUsersZone() {
		String text = feed(NEW_YORK, Locale.ENGLISH, List.of(), NOW).write(opened(Locale.ENGLISH), BASE);

		Calendar calendar = FeedParsers.ical4j(text);
		ICalendar other = FeedParsers.biweekly(text);
		int nights = CalendarFeed.PAST_NIGHTS + 1 + CalendarFeed.NEXT_NIGHTS;
		assertThat(calendar.<VEvent>getComponents("VEVENT")).hasSize(2 * nights);
		assertThat(other.getEvents()).hasSize(2 * nights);

		// ical4j: local times with the user's TZID and its VTIMEZONE
		VTimeZone zone = calendar.<VTimeZone>getComponent("VTIMEZONE").orElseThrow();
		assertThat(zone.getTimeZoneId().getValue()).isEqualTo("America/New_York");
		for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
			DtStart<?> start = event.getDateTimeStart();
			assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("America/New_York");
			assertThat(event.getAlarms()).hasSize(1);
			assertThat(event.getAlarms().get(0).getAction().orElseThrow().getValue()).isEqualTo("DISPLAY");
		}

		// ical4j's instants: 21:30 and 07:15 New York time before and after the clocks change on 1 November
		List<VEvent> ical4jEvents = calendar.<VEvent>getComponents("VEVENT");
		for (int i = 0; i < nights; i++) {
			LocalDate night = TONIGHT.minusDays(CalendarFeed.PAST_NIGHTS).plusDays(i);
			assertThat(instant(ical4jEvents.get(2 * i))).isEqualTo(night.atTime(21, 30).atZone(NEW_YORK).toInstant());
			assertThat(instant(ical4jEvents.get(2 * i + 1)))
				.isEqualTo(night.plusDays(1).atTime(7, 15).atZone(NEW_YORK).toInstant());
		}
		// the same wall-clock time on both sides of 1 November is a different offset from UTC
		assertThat(instant(ical4jEvents.get(0)).atOffset(ZoneOffset.UTC).getHour()).isEqualTo(1);
		assertThat(instant(ical4jEvents.get(2 * nights - 2)).atOffset(ZoneOffset.UTC).getHour()).isEqualTo(2);

		// biweekly, on its own: the same local times in the same zone, links back to the app
		List<FeedParsers.Event> events = FeedParsers.Event.of(other);
		List<FeedParsers.Event> checkIns = events.stream().filter(e -> e.uid().startsWith("checkin-")).toList();
		List<FeedParsers.Event> mornings = events.stream().filter(e -> e.uid().startsWith("morning-")).toList();
		assertThat(checkIns).hasSize(nights);
		assertThat(mornings).hasSize(nights);
		for (int i = 0; i < nights; i++) {
			LocalDate night = TONIGHT.minusDays(CalendarFeed.PAST_NIGHTS).plusDays(i);
			assertThat(checkIns.get(i).local()).isEqualTo(night.atTime(21, 30));
			assertThat(mornings.get(i).local()).isEqualTo(night.plusDays(1).atTime(7, 15));
			assertThat(checkIns.get(i).tzid()).isEqualTo("America/New_York");
			assertThat(mornings.get(i).tzid()).isEqualTo("America/New_York");
			assertThat(checkIns.get(i).uid()).startsWith("checkin-" + night + "-");
			assertThat(checkIns.get(i).description()).contains("https://crampwise.example/checkin/" + night);
			assertThat(mornings.get(i).description()).contains("https://crampwise.example/?morning");
		}
		for (FeedParsers.Event event : events) {
			assertThat(event.alarms()).hasSize(1);
			VAlarm alarm = event.alarms().get(0);
			assertThat(alarm.getAction().isDisplay()).isTrue();
			assertThat(alarm.getTrigger().getDuration().toMillis()).isZero();
			assertThat(alarm.getTrigger().getRelated()).isIn(null, Related.START);
		}
		assertThat(events).extracting(FeedParsers.Event::summary)
			.containsOnly("Crampwise check-in", "Crampwise morning check-in");
	}

	@Test
	void addsTonightsExperimentTaskHalfAnHourBeforeTheCheckInInTheFeedsLanguage() {
		NightTasks tasks = (account, night) -> account.equals(ALICE) && !night.isBefore(TONIGHT)
				? Optional.of(new NightTask(Remedy.STRETCH_BEFORE_BED, Arm.REMEDY, 3, 12,
						new DefaultMessageSourceResolvable(new String[] { "test.task" }, new Object[] { 3, 12 })))
				: Optional.empty();
		String text = feed(NEW_YORK, Locale.forLanguageTag("es"), List.of(tasks), NOW)
			.write(opened(Locale.forLanguageTag("es")), BASE);

		FeedParsers.ical4j(text);
		List<FeedParsers.Event> taskEvents = FeedParsers.Event.of(FeedParsers.biweekly(text))
			.stream()
			.filter(e -> e.uid().startsWith("task-"))
			.toList();
		assertThat(taskEvents).hasSize(CalendarFeed.NEXT_NIGHTS + 1);
		FeedParsers.Event tonight = taskEvents.get(0);
		assertThat(tonight.uid()).startsWith("task-" + TONIGHT + "-");
		assertThat(tonight.local()).isEqualTo(TONIGHT.atTime(21, 0));
		assertThat(tonight.tzid()).isEqualTo("America/New_York");
		assertThat(tonight.summary()).isEqualTo("Crampwise: la tarea de esta noche");
		assertThat(tonight.description()).contains("Estiramiento antes de dormir, bloque 3 de 12")
			.contains("https://crampwise.example/experiments");
		assertThat(tonight.alarms()).hasSize(1);
	}

	@Test
	void keepsEveryUidStableFromOneFetchToTheNextAndUniqueWithinTheFeed() {
		String first = feed(NEW_YORK, Locale.ENGLISH, List.of(), NOW).write(opened(Locale.ENGLISH), BASE);
		String later = feed(NEW_YORK, Locale.ENGLISH, List.of(), NOW.plus(Duration.ofDays(1)))
			.write(opened(Locale.ENGLISH), BASE);

		List<String> firstUids = FeedParsers.Event.of(FeedParsers.biweekly(first)).stream().map(FeedParsers.Event::uid).toList();
		Set<String> laterUids = FeedParsers.Event.of(FeedParsers.biweekly(later))
			.stream()
			.map(FeedParsers.Event::uid)
			.collect(Collectors.toSet());
		assertThat(Set.copyOf(firstUids)).hasSameSizeAs(firstUids);
		// a day later the window moved by one night: all but the oldest night's two events are the same events
		assertThat(firstUids.stream().filter(laterUids::contains)).hasSize(firstUids.size() - 2);
		assertThat(firstUids).allMatch(uid -> uid.endsWith("-uidkey@crampwise"));
	}

	@Test
	void writesUtcInstantsForAZoneWithoutAVtimezoneAndStillTheSameTimes() {
		ZoneId utc = ZoneId.of("UTC");
		String text = feed(utc, Locale.ENGLISH, List.of(), NOW).write(opened(Locale.ENGLISH), BASE);
		List<FeedParsers.Event> events = FeedParsers.Event.of(FeedParsers.biweekly(text));
		FeedParsers.ical4j(text);
		assertThat(events.get(0).tzid()).isNull();
		assertThat(events.get(0).start()).isEqualTo(TONIGHT.minusDays(7).atTime(21, 30).atZone(utc).toInstant());
	}

	private static Instant instant(VEvent event) {
		return Instant.from(event.getDateTimeStart().getDate());
	}

	private CalendarFeed feed(ZoneId zone, Locale language, List<NightTasks> tasks, Instant now) {
		Accounts accounts = mock(Accounts.class);
		when(accounts.zoneOf(ALICE)).thenReturn(zone);
		return new CalendarFeed(accounts, tasks, this.messages, Clock.fixed(now, ZoneOffset.UTC));
	}

	private static ReminderFeeds.OpenedFeed opened(Locale language) {
		return new ReminderFeeds.OpenedFeed(ALICE, TIMES, language, "uidkey");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/reminders", "reminders/test-task");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
