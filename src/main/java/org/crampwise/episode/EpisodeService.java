package org.crampwise.episode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import org.crampwise.account.AccountId;
import org.crampwise.account.Accounts;
import org.crampwise.system.FieldProblem;
import org.crampwise.system.Paging;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.ResourceNotFoundException;

/**
 * The cramp diary: logging, reading, correcting and deleting episodes, and the "cramp now" timer. Every method
 * takes the owner's {@link AccountId} and touches only that owner's rows; another user's episode is "not found",
 * exactly like a missing one. Input is checked by {@link EpisodeRules} before anything is written.
 * <p>
 * Other modules read episodes through {@link #episodesBetween} and, for exports of any length,
 * {@link #forEachEpisodeBetween}; the rest serves this module's pages and API.
 */
@Service
public class EpisodeService {

	static final String EPISODE = "episode";

	static final String TIMER = "running timer";

	/** Bounds of a night range left open by the client: both databases store these dates. */
	static final LocalDate FIRST_NIGHT = LocalDate.of(1, 1, 1);

	static final LocalDate LAST_NIGHT = LocalDate.of(9999, 12, 31);

	/** How many episodes {@link #forEachEpisodeBetween} reads per query. */
	static final int CHUNK_SIZE = 500;

	private final EpisodeRepository episodes;

	private final EpisodeTimerRepository timers;

	private final Accounts accounts;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	@Autowired
	EpisodeService(EpisodeRepository episodes, EpisodeTimerRepository timers, Accounts accounts, Clock clock,
			ApplicationEventPublisher events) {
		this.episodes = episodes;
		this.timers = timers;
		this.accounts = accounts;
		this.clock = clock;
		this.events = events;
	}

	/** Without listeners for {@link EpisodeLogged} (unit tests). */
	EpisodeService(EpisodeRepository episodes, EpisodeTimerRepository timers, Accounts accounts, Clock clock) {
		this(episodes, timers, accounts, clock, event -> {
		});
	}

	/** Tells the listeners (the night marks) that the owner's night now has a cramp. */
	private Episode logged(AccountId owner, Episode episode) {
		this.events.publishEvent(new EpisodeLogged(owner, episode.nightOf()));
		return episode;
	}

	/** The owner's earliest night with an episode, if any (exports default to the nights that exist). */
	@Transactional(readOnly = true)
	public Optional<LocalDate> firstNight(AccountId owner) {
		return Optional.ofNullable(this.episodes.findFirstNight(owner.value()));
	}

	/** Whether the owner logged at least one episode for the night, without loading any. */
	@Transactional(readOnly = true)
	public boolean hasEpisodes(AccountId owner, LocalDate nightOf) {
		return this.episodes.existsByAccountIdAndNightOf(owner.value(), nightOf);
	}

	/**
	 * All of the owner's episodes whose night is in {@code [fromNight, toNight]}, newest first (by night, then by
	 * start). An empty list when {@code fromNight} is after {@code toNight}. Episodes saved by the "cramp now" timer
	 * may lack details: see {@link Episode#notGiven()}.
	 */
	@Transactional(readOnly = true)
	public List<Episode> episodesBetween(AccountId owner, LocalDate fromNight, LocalDate toNight) {
		if (fromNight.isAfter(toNight)) {
			return List.of();
		}
		return this.episodes.findNights(owner.value(), fromNight, toNight)
			.stream()
			.map(CrampEpisode::toEpisode)
			.toList();
	}

	/**
	 * The episodes of several owners whose night is in {@code [fromNight, toNight]}, by owner (newest first, as
	 * {@link #episodesBetween}), read in one statement whatever the number of owners; an owner without any is
	 * absent.
	 */
	@Transactional(readOnly = true)
	public Map<AccountId, List<Episode>> episodesOfAll(Collection<AccountId> owners, LocalDate fromNight,
			LocalDate toNight) {
		Map<AccountId, List<Episode>> byOwner = new HashMap<>();
		if (owners.isEmpty() || fromNight.isAfter(toNight)) {
			return byOwner;
		}
		this.episodes.findNightsOfAll(owners.stream().map(AccountId::value).toList(), fromNight, toNight)
			.forEach(e -> byOwner.computeIfAbsent(e.owner(), o -> new ArrayList<>()).add(e.toEpisode()));
		byOwner.values()
			.forEach(list -> list.sort(Comparator.comparing(Episode::nightOf)
				.thenComparing(episode -> episode.startedAt().toInstant())
				.thenComparingLong(Episode::id)
				.reversed()));
		return byOwner;
	}

	/** Each owner's latest night with an episode, in one statement; an owner without any is absent. */
	@Transactional(readOnly = true)
	public Map<AccountId, LocalDate> lastNights(Collection<AccountId> owners) {
		Map<AccountId, LocalDate> last = new HashMap<>();
		if (!owners.isEmpty()) {
			this.episodes.findLastNightsOfAll(owners.stream().map(AccountId::value).toList())
				.forEach(row -> last.put(new AccountId(((Number) row[0]).longValue()), (LocalDate) row[1]));
		}
		return last;
	}

	/**
	 * Hands each of the owner's episodes whose night is in {@code [fromNight, toNight]} to {@code action}, newest
	 * first (the order of {@link #episodesBetween}), reading them in chunks of {@value #CHUNK_SIZE}, so an export of
	 * years of episodes holds at most one chunk in memory. Each chunk is its own short read (never one transaction
	 * holding every row: an outer transaction is suspended), and the chunks follow each other by keyset (night,
	 * start, id), so an episode logged, edited or deleted meanwhile cannot make the walk repeat or skip another.
	 * Nothing happens when {@code fromNight} is after {@code toNight}.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void forEachEpisodeBetween(AccountId owner, LocalDate fromNight, LocalDate toNight,
			Consumer<Episode> action) {
		if (fromNight.isAfter(toNight)) {
			return;
		}
		Limit chunk = Limit.of(CHUNK_SIZE);
		List<CrampEpisode> found = this.episodes.findFirstChunk(owner.value(), fromNight, toNight, chunk);
		while (!found.isEmpty()) {
			found.forEach(episode -> action.accept(episode.toEpisode()));
			if (found.size() < CHUNK_SIZE) {
				return;
			}
			Episode last = found.get(found.size() - 1).toEpisode();
			found = this.episodes.findChunkAfter(owner.value(), fromNight, toNight, last.nightOf(),
					last.startedAt().toInstant(), last.id(), chunk);
		}
	}

	/**
	 * One page of the owner's episodes, newest first, optionally limited to a range of nights.
	 * @throws InvalidInputException for a negative page, a size outside 1..500 or {@code to} before {@code from}
	 */
	@Transactional(readOnly = true)
	Page<Episode> page(AccountId owner, @Nullable LocalDate from, @Nullable LocalDate to, int page, int size) {
		List<FieldProblem> problems = new ArrayList<>(Paging.problems(page, size));
		if (from != null && to != null && to.isBefore(from)) {
			problems.add(FieldProblem.of("to", "episode.problem.toBeforeFrom"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return this.episodes
			.findNights(owner.value(), (from != null) ? from : FIRST_NIGHT, (to != null) ? to : LAST_NIGHT,
					PageRequest.of(page, size))
			.map(CrampEpisode::toEpisode);
	}

	@Transactional(readOnly = true)
	Episode find(AccountId owner, long id) {
		return load(owner, id).toEpisode();
	}

	/**
	 * Checks a draft against the rules without storing anything, so a form with other errors too (a date that is
	 * not a date) can name every bad field at once.
	 * @throws InvalidInputException naming every bad field
	 */
	void check(EpisodeDraft draft) {
		EpisodeRules.check(draft, this.clock.instant());
	}

	/** Logs a whole episode (form or API). */
	@Transactional
	Episode log(AccountId owner, EpisodeDraft draft) {
		Instant now = this.clock.instant();
		EpisodeValues values = EpisodeRules.check(draft, now);
		return logged(owner, this.episodes.save(CrampEpisode.logged(owner, values, now)).toEpisode());
	}

	/** Replaces every detail of an episode (an edit, or {@code PUT}). */
	@Transactional
	Episode correct(AccountId owner, long id, EpisodeDraft draft) {
		CrampEpisode episode = load(owner, id);
		Instant now = this.clock.instant();
		episode.correct(EpisodeRules.check(draft, now), now);
		return logged(owner, episode.toEpisode());
	}

	/** Deletes the episode and answers it as it was, so the page can offer to undo. */
	@Transactional
	Episode delete(AccountId owner, long id) {
		CrampEpisode episode = load(owner, id);
		Episode was = episode.toEpisode();
		this.episodes.delete(episode);
		return was;
	}

	/**
	 * Stores a deleted episode again (the undo of a delete), every detail as it was, including details not given;
	 * it gets a new id. The episode comes from this server's own session, never from a request.
	 */
	@Transactional
	Episode restore(AccountId owner, Episode deleted) {
		return logged(owner, this.episodes.save(CrampEpisode.restored(owner, deleted, this.clock.instant())).toEpisode());
	}

	// quick choices after "cramp now": one detail per tap

	@Transactional
	Episode rate(AccountId owner, long id, int intensity) {
		CrampEpisode episode = load(owner, id);
		episode.rate(EpisodeRules.checkIntensity(intensity, "intensity"), this.clock.instant());
		return episode.toEpisode();
	}

	@Transactional
	Episode feltIn(AccountId owner, long id, Muscle muscle) {
		CrampEpisode episode = load(owner, id);
		episode.feltIn(muscle, this.clock.instant());
		return episode.toEpisode();
	}

	@Transactional
	Episode onSide(AccountId owner, long id, Side side) {
		CrampEpisode episode = load(owner, id);
		episode.onSide(side, this.clock.instant());
		return episode.toEpisode();
	}

	@Transactional
	Episode toggleTried(AccountId owner, long id, Relief relief) {
		CrampEpisode episode = load(owner, id);
		episode.toggleTried(relief, this.clock.instant());
		return episode.toEpisode();
	}

	@Transactional
	Episode helpedMost(AccountId owner, long id, Relief relief) {
		CrampEpisode episode = load(owner, id);
		episode.helpedMost(relief, this.clock.instant());
		return episode.toEpisode();
	}

	@Transactional
	Episode woke(AccountId owner, long id, boolean woke) {
		CrampEpisode episode = load(owner, id);
		episode.woke(woke, this.clock.instant());
		return episode.toEpisode();
	}

	@Transactional
	Episode toggleWarningSign(AccountId owner, long id, WarningSign sign) {
		CrampEpisode episode = load(owner, id);
		episode.toggleWarningSign(sign, this.clock.instant());
		return episode.toEpisode();
	}

	// the "cramp now" timer

	@Transactional(readOnly = true)
	Optional<RunningTimer> timer(AccountId owner) {
		return this.timers.findById(owner.value()).map(timer -> new RunningTimer(timer.startedAt(), false));
	}

	/**
	 * Starts the owner's timer, at the current second in the offset of the owner's zone. Idempotent: while one
	 * runs, a second start (a double tap, a second device, a reload that re-posts) keeps the running one and says
	 * so; the cramp began at the first tap. Not one transaction on purpose: when two starts race, the loser's insert
	 * fails on the key, and it then reads the winner's timer.
	 */
	RunningTimer startTimer(AccountId owner) {
		Optional<RunningTimer> running = timer(owner);
		if (running.isPresent()) {
			return running.get();
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		OffsetDateTime start = now.atZone(this.accounts.zoneOf(owner)).toOffsetDateTime();
		try {
			this.timers.saveAndFlush(new EpisodeTimer(owner, start));
			return new RunningTimer(start, true);
		}
		catch (DataIntegrityViolationException ex) {
			return timer(owner).orElseThrow(() -> ex);
		}
	}

	/**
	 * Stops the owner's timer and saves the episode: the start is the timer's, the duration the whole seconds since
	 * (rounded, at least 1). What {@code stop} gives is checked and kept; the rest takes the contract's defaults
	 * (woke from sleep when it began at night, see {@link CrampEpisode#timed}; nothing tried, no warning
	 * signs, no notes) and intensity, muscle and side stay "not given".
	 * @throws ResourceNotFoundException when no timer runs
	 * @throws InvalidInputException for an intensity outside 0..10, or a timer that has run for more than 24 hours
	 * (it keeps running: discard it and log the episode with the form)
	 */
	@Transactional
	Episode stopTimer(AccountId owner, TimerStop stop) {
		EpisodeTimer timer = this.timers.findById(owner.value())
			.orElseThrow(() -> new ResourceNotFoundException(TIMER, "running"));
		Instant now = this.clock.instant();
		long seconds = Math.max(EpisodeRules.MIN_DURATION_SECONDS,
				Duration.between(timer.startedAt().toInstant(), now).plusMillis(500).toSeconds());
		if (seconds > EpisodeRules.MAX_DURATION_SECONDS) {
			throw InvalidInputException.of("durationSeconds", "episode.problem.timerTooLong");
		}
		Integer intensity = stop.intensity();
		if (intensity != null) {
			EpisodeRules.checkIntensity(intensity, "intensity");
		}
		if (this.timers.deleteByAccountId(owner.value()) == 0) {
			// another stop (a double tap) saved this cramp a moment ago
			throw new ResourceNotFoundException(TIMER, "running");
		}
		CrampEpisode episode = CrampEpisode.timed(owner, timer.startedAt(), (int) seconds, now);
		if (intensity != null) {
			episode.rate(intensity, now);
		}
		if (stop.muscle() != null) {
			episode.feltIn(stop.muscle(), now);
		}
		if (stop.side() != null) {
			episode.onSide(stop.side(), now);
		}
		return logged(owner, this.episodes.save(episode).toEpisode());
	}

	/** Throws the running timer away without saving anything, and answers when it had started (for an undo). */
	@Transactional
	OffsetDateTime discardTimer(AccountId owner) {
		EpisodeTimer timer = this.timers.findById(owner.value())
			.orElseThrow(() -> new ResourceNotFoundException(TIMER, "of account " + owner));
		if (this.timers.deleteByAccountId(owner.value()) == 0) {
			throw new ResourceNotFoundException(TIMER, "running");
		}
		return timer.startedAt();
	}

	/**
	 * The undo of a discard: the timer runs again from its original start, unless another one runs already (that
	 * one is kept) or the start lies more than 24 hours back. The start comes from this server's own session.
	 * @return whether the timer was restored
	 */
	boolean restoreTimer(AccountId owner, OffsetDateTime startedAt) {
		Instant now = this.clock.instant();
		if (timer(owner).isPresent() || startedAt.toInstant().isAfter(now) || Duration
			.between(startedAt.toInstant(), now).toSeconds() > EpisodeRules.MAX_DURATION_SECONDS) {
			return false;
		}
		try {
			this.timers.saveAndFlush(new EpisodeTimer(owner, startedAt));
			return true;
		}
		catch (DataIntegrityViolationException ex) {
			return false;
		}
	}

	private CrampEpisode load(AccountId owner, long id) {
		return this.episodes.findByIdAndAccountId(id, owner.value())
			.orElseThrow(() -> new ResourceNotFoundException(EPISODE, id));
	}

}
