package org.crampwise.reminders;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.parameter.Related;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.util.UriComponentsBuilder;

import org.crampwise.account.AccountId;
import org.crampwise.account.Accounts;
import org.crampwise.experiments.NightTask;
import org.crampwise.experiments.NightTasks;
import org.crampwise.system.NightRule;

/**
 * Writes a reminder feed as an RFC 5545 calendar with ical4j: for every night from {@value #PAST_NIGHTS} nights back
 * to {@value #NEXT_NIGHTS} ahead, the evening check-in, tonight's experiment task (when an experiment has one for
 * that night) and the next morning's question, each with a display alarm at its start. Times are local times of the
 * user's zone, written with {@code TZID} and that zone's {@code VTIMEZONE} (from ical4j's bundled definitions; a
 * zone it does not know is written in UTC, the same instants). Every event has a UID made of its kind, its night
 * and the feed's key, so a calendar app updates an event on each refresh instead of adding a copy. Titles are
 * neutral ("Crampwise check-in"): a lock screen or anyone holding the URL learns nothing clinical from them.
 */
@Component
class CalendarFeed {

	static final int PAST_NIGHTS = 7;

	static final int NEXT_NIGHTS = 28;

	static final Duration CHECK_IN_LENGTH = Duration.ofMinutes(15);

	static final Duration TASK_LENGTH = Duration.ofMinutes(15);

	static final Duration MORNING_LENGTH = Duration.ofMinutes(5);

	/** How often a calendar app should fetch the feed again (RFC 7986 REFRESH-INTERVAL). */
	static final Duration REFRESH = Duration.ofHours(1);

	static final String PRODUCT = "-//Crampwise//Reminders 1.0//EN";

	private final Accounts accounts;

	private final List<NightTasks> tasks;

	private final MessageSource messages;

	private final Clock clock;

	/** Made on the first feed, not at start-up: ical4j reads its zone index then (issue 11). */
	private final SingletonSupplier<TimeZoneRegistry> zones =
			SingletonSupplier.of(() -> TimeZoneRegistryFactory.getInstance().createRegistry());

	CalendarFeed(Accounts accounts, List<NightTasks> tasks, MessageSource messages, Clock clock) {
		this.accounts = accounts;
		this.tasks = tasks;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The feed of this account as text.
	 * @param base where links back to the app start (scheme, host, context path)
	 */
	String write(ReminderFeeds.OpenedFeed feed, UriComponentsBuilder base) {
		ZoneId zone = this.accounts.zoneOf(feed.owner());
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		LocalDate tonight = NightRule.nightOf(now.atZone(zone).toOffsetDateTime());
		Locale language = feed.language();
		@Nullable VTimeZone vtimezone = vtimezone(zone);
		ZoneId written = (vtimezone != null) ? zone : ZoneOffset.UTC;

		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		String name = text("reminders.calendar.name", language);
		calendar.add(new Name(name));
		calendar.add(new XProperty("X-WR-CALNAME", name));
		calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
		calendar.add(new RefreshInterval(new ParameterList(List.of(net.fortuna.ical4j.model.parameter.Value.DURATION)),
				REFRESH));
		calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
		if (vtimezone != null) {
			calendar.add(vtimezone);
		}
		for (LocalDate night = tonight.minusDays(PAST_NIGHTS); !night.isAfter(tonight.plusDays(NEXT_NIGHTS)); night = night
			.plusDays(1)) {
			String checkInLink = link(base, "/checkin/" + night);
			calendar.add(event("checkin", night, at(night, feed.times().checkInAt(), zone, written), CHECK_IN_LENGTH,
					text("reminders.event.checkin.summary", language),
					text("reminders.event.checkin.description", language, checkInLink), checkInLink, feed, now));
			Optional<NightTask> task = taskOf(feed.owner(), night);
			if (task.isPresent()) {
				String experimentsLink = link(base, "/experiments");
				String what = this.messages.getMessage(task.get().text(), language);
				calendar.add(event("task", night, at(night, feed.times().taskAt(), zone, written), TASK_LENGTH,
						text("reminders.event.task.summary", language),
						text("reminders.event.task.description", language, what, experimentsLink), experimentsLink,
						feed, now));
			}
			String morningLink = link(base, "/") + "?morning";
			calendar.add(event("morning", night, at(night.plusDays(1), feed.times().morningAt(), zone, written),
					MORNING_LENGTH, text("reminders.event.morning.summary", language),
					text("reminders.event.morning.description", language, morningLink), morningLink, feed, now));
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(true).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ValidationException ex) {
			throw new IllegalStateException("the reminder feed must be valid RFC 5545", ex);
		}
		return out.toString();
	}

	private Optional<NightTask> taskOf(AccountId owner, LocalDate night) {
		for (NightTasks source : this.tasks) {
			Optional<NightTask> task = source.on(owner, night);
			if (task.isPresent()) {
				return task;
			}
		}
		return Optional.empty();
	}

	private static VEvent event(String kind, LocalDate night, Temporal start, Duration length, String summary,
			String description, String link, ReminderFeeds.OpenedFeed feed, Instant now) {
		VEvent event = new VEvent(start, length, summary);
		event.replace(new DtStamp(now));
		event.add(new Uid(kind + "-" + night + "-" + feed.uidKey() + "@crampwise"));
		event.add(new Description(description));
		event.add(new Url(java.net.URI.create(link)));
		// a reminder, not an appointment: it never makes the user look busy
		event.add(ImmutableTransp.TRANSPARENT);
		// at the start; RELATED=START is the default, written out for the parsers that want it said
		VAlarm alarm = new VAlarm();
		alarm.add(new Trigger(new ParameterList(List.of(Related.START)), Duration.ZERO));
		alarm.add(ImmutableAction.DISPLAY);
		alarm.add(new Description(summary));
		event.add(alarm);
		return event;
	}

	/** The local time on that date in the user's zone (a time in a DST gap moves forward, as java.time does). */
	private static Temporal at(LocalDate date, LocalTime time, ZoneId zone, ZoneId written) {
		ZonedDateTime local = ZonedDateTime.of(date, time, zone);
		return written.equals(zone) ? local : local.withZoneSameInstant(ZoneOffset.UTC).toInstant();
	}

	private @Nullable VTimeZone vtimezone(ZoneId zone) {
		TimeZone known = this.zones.obtain().getTimeZone(zone.getId());
		if (known == null || !zone.getId().equals(known.getID())) {
			return null;
		}
		return known.getVTimeZone();
	}

	private static String link(UriComponentsBuilder base, String path) {
		return base.cloneBuilder().path(path).toUriString();
	}

	private String text(String key, Locale language, Object... args) {
		return this.messages.getMessage(key, args, language);
	}

}
