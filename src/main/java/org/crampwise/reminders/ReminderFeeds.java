package org.crampwise.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.crampwise.account.AccountId;
import org.crampwise.account.Secrets;
import org.crampwise.system.ConflictException;
import org.crampwise.system.FieldProblem;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.ResourceNotFoundException;

/**
 * The reminder feeds: made (or replaced) with {@value #TOKEN_BYTES} random bytes, shown once, stored as their
 * SHA-256 only ({@link Secrets}, as remember-me tokens and recovery codes are); one per account; turned off by
 * deleting the row. Opening one is a single indexed query by hash.
 */
@Service
class ReminderFeeds {

	static final int TOKEN_BYTES = 32;

	/** The shape of every token made here (unpadded base64url); anything else is "not found" without a query. */
	static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

	private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}");

	private final ReminderFeedRepository feeds;

	private final Clock clock;

	ReminderFeeds(ReminderFeedRepository feeds, Clock clock) {
		this.feeds = feeds;
		this.clock = clock;
	}

	/**
	 * Makes the account's feed, or gives it a new token (the old URL stops working at once). Times not given keep
	 * their stored values (the defaults for a new feed).
	 * @throws InvalidInputException naming each bad time; nothing is stored
	 */
	@Transactional
	CreatedFeed create(AccountId owner, @Nullable String checkInAt, @Nullable String morningAt, Locale language) {
		Optional<ReminderFeed> existing = this.feeds.findByAccountId(owner.value());
		ReminderTimes times = parse(checkInAt, morningAt, existing.map(ReminderFeed::times).orElse(ReminderTimes.DEFAULT));
		String token = Secrets.randomToken(TOKEN_BYTES);
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		String tag = language.toLanguageTag();
		ReminderFeed feed = existing.orElse(null);
		if (feed != null) {
			feed.replaceToken(Secrets.sha256(token), tag, now);
			feed.changeTimes(times);
		}
		else {
			try {
				feed = this.feeds.saveAndFlush(new ReminderFeed(owner, Secrets.sha256(token), times, tag, now));
			}
			catch (DataIntegrityViolationException ex) {
				// a second request made this account's feed between the look-up and the insert
				throw new ConflictException(FieldProblem.of("feed", "reminders.error.concurrent"));
			}
		}
		return new CreatedFeed(token, settings(feed));
	}

	/** The account's feed, if it has one (never its token). */
	@Transactional(readOnly = true)
	Optional<FeedSettings> settings(AccountId owner) {
		return this.feeds.findByAccountId(owner.value()).map(ReminderFeeds::settings);
	}

	/**
	 * Changes the two times; the URL stays.
	 * @throws InvalidInputException naming each bad or missing time; nothing is stored
	 * @throws ResourceNotFoundException when the account has no feed
	 */
	@Transactional
	FeedSettings changeTimes(AccountId owner, @Nullable String checkInAt, @Nullable String morningAt) {
		List<FieldProblem> missing = new ArrayList<>();
		if (checkInAt == null) {
			missing.add(FieldProblem.of("checkInAt", "reminders.error.required"));
		}
		if (morningAt == null) {
			missing.add(FieldProblem.of("morningAt", "reminders.error.required"));
		}
		if (!missing.isEmpty()) {
			throw new InvalidInputException(missing);
		}
		ReminderTimes times = parse(checkInAt, morningAt, ReminderTimes.DEFAULT);
		ReminderFeed feed = this.feeds.findByAccountId(owner.value())
			.orElseThrow(() -> new ResourceNotFoundException("reminder feed", owner.value()));
		feed.changeTimes(times);
		return settings(feed);
	}

	/** Turns the feed off: its URL answers 404 from now on. Nothing to turn off is fine too. */
	@Transactional
	void revoke(AccountId owner) {
		this.feeds.deleteByAccountId(owner.value());
	}

	/** The feed of this token, if it is the current token of a feed. */
	@Transactional(readOnly = true)
	Optional<OpenedFeed> open(String token) {
		if (!FORMAT.matcher(token).matches()) {
			return Optional.empty();
		}
		return this.feeds.findByTokenHash(Secrets.sha256(token))
			.map(feed -> new OpenedFeed(feed.owner(), feed.times(), Locale.forLanguageTag(feed.language()),
					Secrets.sha256("uid " + feed.tokenHash()).substring(0, 20)));
	}

	private ReminderTimes parse(@Nullable String checkInAt, @Nullable String morningAt, ReminderTimes otherwise) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalTime checkIn = time(problems, "checkInAt", checkInAt, otherwise.checkInAt(),
				ReminderTimes.CHECK_IN_EARLIEST, ReminderTimes.CHECK_IN_LATEST);
		LocalTime morning = time(problems, "morningAt", morningAt, otherwise.morningAt(),
				ReminderTimes.MORNING_EARLIEST, ReminderTimes.MORNING_LATEST);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new ReminderTimes(checkIn, morning);
	}

	private LocalTime time(List<FieldProblem> problems, String field, @Nullable String value, LocalTime otherwise,
			LocalTime earliest, LocalTime latest) {
		if (value == null) {
			return otherwise;
		}
		String text = value.strip();
		LocalTime time = null;
		if (TIME.matcher(text).matches()) {
			try {
				time = LocalTime.parse(text, ReminderTimes.FORMAT);
			}
			catch (java.time.format.DateTimeParseException ex) {
				// 25:00 and the like: the same problem as any other bad time below
			}
		}
		if (time == null || time.isBefore(earliest) || time.isAfter(latest)) {
			problems.add(FieldProblem.of(field, "reminders.error.time", ReminderTimes.FORMAT.format(earliest),
					ReminderTimes.FORMAT.format(latest)));
			return otherwise;
		}
		return time;
	}

	private static FeedSettings settings(ReminderFeed feed) {
		return new FeedSettings(feed.times(), feed.createdAt());
	}

	/**
	 * A feed as its owner sees it.
	 *
	 * @param times the two reminder times
	 * @param createdAt when its current URL was made
	 */
	record FeedSettings(ReminderTimes times, Instant createdAt) {
	}

	/** A feed just made or replaced: the only time its token is known. */
	record CreatedFeed(String token, FeedSettings settings) {
	}

	/**
	 * A feed opened by its token.
	 *
	 * @param owner whose reminders
	 * @param times when
	 * @param language the language of its texts
	 * @param uidKey a stable part of every event's UID, different for every token and telling nothing about it
	 */
	record OpenedFeed(AccountId owner, ReminderTimes times, Locale language, String uidKey) {
	}

}
