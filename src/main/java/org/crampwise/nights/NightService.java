package org.crampwise.nights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.crampwise.account.AccountId;
import org.crampwise.account.Accounts;
import org.crampwise.checkin.CheckInService;
import org.crampwise.episode.EpisodeLogged;
import org.crampwise.episode.EpisodeService;
import org.crampwise.profile.HealthProfile;
import org.crampwise.profile.MedicationService;
import org.crampwise.profile.ProfileService;
import org.crampwise.system.ConflictException;
import org.crampwise.system.FieldProblem;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.NightRule;
import org.crampwise.system.DataVersions;
import org.crampwise.system.ReadModelCache;

/**
 * Known nights of one owner: "no cramps" marks, the nights of a range, and the read model {@link PatientNights}.
 * Every method works on the given owner's data only.
 */
@Service
public class NightService {

	/** The longest range {@link #nights} lists. */
	public static final int MAX_RANGE_NIGHTS = 400;

	/** The range {@link #nights} lists when the caller gives no {@code from}. */
	public static final int DEFAULT_RANGE_NIGHTS = 30;

	/** Ranges of nights the calendar's cache holds at most. */
	static final int CALENDARS_CACHED = 2_000;

	private final NightMarkRepository marks;

	private final EpisodeService episodes;

	private final CheckInService checkIns;

	private final ProfileService profiles;

	private final MedicationService medications;

	private final Accounts accounts;

	private final Clock clock;

	private final DataVersions versions;

	/** The calendar's years of nights, cached until the owner's data changes ({@link DataVersions}). */
	private final ReadModelCache<List<LocalDate>, List<Night>> calendar;

	NightService(NightMarkRepository marks, EpisodeService episodes, CheckInService checkIns, ProfileService profiles,
			MedicationService medications, Accounts accounts, Clock clock, DataVersions versions) {
		this.versions = versions;
		this.calendar = versions.cache(CALENDARS_CACHED);
		this.marks = marks;
		this.episodes = episodes;
		this.checkIns = checkIns;
		this.profiles = profiles;
		this.medications = medications;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The night the owner is in now, by their time zone and {@link NightRule}: the latest night that can be told. */
	public LocalDate tonight(AccountId owner) {
		ZonedDateTime now = ZonedDateTime.now(this.clock.withZone(this.accounts.zoneOf(owner)));
		return NightRule.nightOf(now.toOffsetDateTime());
	}

	/**
	 * Marks a night "no cramps" (idempotent).
	 * @throws InvalidInputException naming {@code nightOf} for a night after tonight
	 * @throws ConflictException when the night has episodes
	 */
	@Transactional
	public Night markNoCramps(AccountId owner, LocalDate nightOf) {
		if (nightOf.isAfter(tonight(owner))) {
			throw InvalidInputException.of("nightOf", "nights.problem.future");
		}
		if (!this.episodes.episodesBetween(owner, nightOf, nightOf).isEmpty()) {
			throw new ConflictException(FieldProblem.of("nightOf", "nights.problem.hasEpisodes"));
		}
		if (!this.marks.existsByAccountIdAndNightOf(owner.value(), nightOf)) {
			this.marks.save(new NightMark(owner.value(), nightOf, this.clock.instant()
				.atZone(this.accounts.zoneOf(owner))
				.toOffsetDateTime()
				.truncatedTo(ChronoUnit.SECONDS)));
		}
		return range(owner, nightOf, nightOf).nights().get(0);
	}

	/** Removes a "no cramps" mark; nothing happens when there is none. */
	@Transactional
	public void unmarkNoCramps(AccountId owner, LocalDate nightOf) {
		if (this.marks.deleteMark(owner.value(), nightOf) > 0) {
			this.versions.bump(owner.value()); // a bulk delete: no JPA event raises it
		}
	}

	/** An episode on a marked night makes it a cramp night: the mark goes. */
	@EventListener
	void onEpisodeLogged(EpisodeLogged logged) {
		this.marks.deleteMark(logged.owner().value(), logged.nightOf());
	}

	/**
	 * What is known about one night, as {@link PatientNights#nights()} tells it (an episode makes it a cramp night,
	 * else a mark a cramp-free one), read with two existence queries instead of a whole range with the profile and
	 * medications.
	 */
	@Transactional(readOnly = true)
	public NightStatus status(AccountId owner, LocalDate nightOf) {
		if (this.episodes.hasEpisodes(owner, nightOf)) {
			return NightStatus.CRAMPS;
		}
		return this.marks.existsByAccountIdAndNightOf(owner.value(), nightOf) ? NightStatus.NO_CRAMPS
				: NightStatus.UNKNOWN;
	}

	/**
	 * Every night from {@code from} to {@code to}, newest first.
	 * @throws InvalidInputException naming {@code from} when it is after {@code to} or the range holds more than
	 * {@value #MAX_RANGE_NIGHTS} nights
	 */
	@Transactional(readOnly = true)
	public List<Night> nights(AccountId owner, LocalDate from, LocalDate to) {
		checkRange(from, to, MAX_RANGE_NIGHTS);
		return range(owner, from, to).nights();
	}

	/**
	 * Checks a range: {@code from} not after {@code to}, at most {@code maxNights} nights.
	 * @throws InvalidInputException naming {@code from}
	 */
	public static void checkRange(LocalDate from, LocalDate to, int maxNights) {
		if (from.isAfter(to)) {
			throw InvalidInputException.of("from", "nights.problem.fromAfterTo");
		}
		if (ChronoUnit.DAYS.between(from, to) + 1 > maxNights) {
			throw InvalidInputException.of("from", "nights.problem.tooLong", Integer.toString(maxNights));
		}
	}

	/**
	 * {@code range(owner, from, to).nights()}, cached until the owner's data changes: the calendar's year of nights.
	 */
	@Transactional(readOnly = true)
	public List<Night> cachedNights(AccountId owner, LocalDate from, LocalDate to) {
		return this.calendar.get(owner.value(), List.of(from, to), () -> List.copyOf(range(owner, from, to).nights()));
	}

	/** The owner's nights {@code from}..{@code to}, loaded once (see {@link PatientNights}). */
	@Transactional(readOnly = true)
	public PatientNights range(AccountId owner, LocalDate from, LocalDate to) {
		HealthProfile profile = this.profiles.profile(owner);
		Set<LocalDate> marked = new HashSet<>(this.marks.findNights(owner.value(), from, to));
		return new PatientNights(from, to, profile, this.medications.medications(owner),
				this.checkIns.checkInsBetween(owner, from, to), this.episodes.episodesBetween(owner, from, to), marked,
				this.checkIns.copiedNightsBetween(owner, from, to));
	}

}
