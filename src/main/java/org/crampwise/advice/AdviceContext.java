package org.crampwise.advice;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.crampwise.checkin.CheckIn;
import org.crampwise.episode.Episode;
import org.crampwise.episode.Relief;
import org.crampwise.episode.WarningSign;
import org.crampwise.nights.PatientNights;
import org.crampwise.profile.HealthProfile;
import org.crampwise.profile.Medication;

/**
 * Everything the rules may know, as typed facts: the user's profile, all their medications, and the check-ins and
 * episodes of the window. The window is the {@code windowDays} nights before {@code asOf}: from
 * {@code asOf - windowDays} to {@code asOf - 1}, both inclusive, by {@code nightOf}. The night of {@code asOf} itself
 * is not counted: it has not happened (or not finished) on the day the advice is read.
 * <p>
 * Check-ins and episodes outside the window are dropped when the context is built, a second check-in for the same
 * night replaces the first, and both lists are sorted (check-ins by night, episodes by start). The derived methods
 * recompute from these lists on each call; each is linear in the window's data.
 *
 * @param asOf the day the advice is for (the day after the window's last night)
 * @param windowDays how many nights the window holds, 1..{@value #MAX_WINDOW_DAYS}
 * @param profile the health profile ({@link HealthProfile#EMPTY} when never filled in)
 * @param medications all the user's medications; rules decide which were taken when
 * @param checkIns the check-ins of the window
 * @param episodes the episodes of the window
 * @param noCrampNights the window's nights the user marked "no cramps" (with the episode nights: its known nights)
 * @param patterns the gated patterns of the user's diary over a long range (see {@link FactorPattern}); empty when
 * there are none or none were asked for
 */
public record AdviceContext(LocalDate asOf, int windowDays, HealthProfile profile, List<Medication> medications,
		List<CheckIn> checkIns, List<Episode> episodes, Set<LocalDate> noCrampNights, List<FactorPattern> patterns) {

	/** The window the API uses unless told otherwise. */
	public static final int DEFAULT_WINDOW_DAYS = 14;

	public static final int MAX_WINDOW_DAYS = 366;

	public AdviceContext {
		Objects.requireNonNull(asOf, "asOf");
		Objects.requireNonNull(profile, "profile");
		if (windowDays < 1 || windowDays > MAX_WINDOW_DAYS) {
			throw new IllegalArgumentException(
					"windowDays must be 1.." + MAX_WINDOW_DAYS + " but was " + windowDays);
		}
		LocalDate first = firstNight(asOf, windowDays);
		LocalDate last = lastNight(asOf);
		medications = List.copyOf(medications);
		Map<LocalDate, CheckIn> byNight = new LinkedHashMap<>();
		for (CheckIn checkIn : checkIns) {
			if (within(checkIn.nightOf(), first, last)) {
				byNight.put(checkIn.nightOf(), checkIn);
			}
		}
		checkIns = byNight.values().stream().sorted(Comparator.comparing(CheckIn::nightOf)).toList();
		noCrampNights = noCrampNights.stream()
			.filter(night -> within(night, first, last))
			.collect(Collectors.toUnmodifiableSet());
		patterns = List.copyOf(patterns);
		episodes = episodes.stream()
			.filter(episode -> within(episode.nightOf(), first, last))
			.sorted(Comparator.comparing((Episode episode) -> episode.startedAt().toInstant())
				.thenComparingLong(Episode::id))
			.toList();
	}

	/** A context without "no cramps" marks and without patterns: only the nights with an episode are known. */
	public AdviceContext(LocalDate asOf, int windowDays, HealthProfile profile, List<Medication> medications,
			List<CheckIn> checkIns, List<Episode> episodes) {
		this(asOf, windowDays, profile, medications, checkIns, episodes, Set.of(), List.of());
	}

	/**
	 * The context of the window before {@code asOf} out of a patient's nights (which must cover the window), with the
	 * diary's patterns.
	 */
	public static AdviceContext of(LocalDate asOf, int windowDays, PatientNights nights, List<FactorPattern> patterns) {
		return new AdviceContext(asOf, windowDays, nights.profile(), nights.medications(), nights.checkIns(),
				nights.episodes(), nights.noCrampNights(), patterns);
	}

	/** The same context with these patterns. */
	public AdviceContext withPatterns(List<FactorPattern> patterns) {
		return new AdviceContext(this.asOf, this.windowDays, this.profile, this.medications, this.checkIns,
				this.episodes, this.noCrampNights, patterns);
	}

	/**
	 * The window's known nights with their outcome (TRUE a cramp night, FALSE a known night without one), as
	 * {@link PatientNights#outcomes} defines them: a night missing here is unknown, never cramp-free.
	 */
	public Map<LocalDate, Boolean> outcomes() {
		return PatientNights.outcomes(this.episodes, this.noCrampNights);
	}

	/** How many nights of the window are known (a cramp logged, or "no cramps"). */
	public int knownNights() {
		return outcomes().size();
	}

	/** A context with nothing logged and an empty profile: what a brand-new user gets. */
	public static AdviceContext empty(LocalDate asOf, int windowDays) {
		return new AdviceContext(asOf, windowDays, HealthProfile.EMPTY, List.of(), List.of(), List.of());
	}

	/** The first night of the window before {@code asOf}: the {@code from} of the services' range queries. */
	public static LocalDate firstNight(LocalDate asOf, int windowDays) {
		return asOf.minusDays(windowDays);
	}

	/** The last night of the window before {@code asOf}: the {@code to} (inclusive) of the range queries. */
	public static LocalDate lastNight(LocalDate asOf) {
		return asOf.minusDays(1);
	}

	public LocalDate firstNight() {
		return firstNight(this.asOf, this.windowDays);
	}

	public LocalDate lastNight() {
		return lastNight(this.asOf);
	}

	/** Whether the night is one of the window's. */
	public boolean covers(LocalDate night) {
		return within(night, firstNight(), lastNight());
	}

	/** Whether the user logged anything at all in the window (a check-in or an episode). */
	public boolean hasDiaryData() {
		return !this.checkIns.isEmpty() || !this.episodes.isEmpty();
	}

	/** The window's check-ins by night. */
	public Map<LocalDate, CheckIn> checkInsByNight() {
		Map<LocalDate, CheckIn> byNight = new LinkedHashMap<>();
		this.checkIns.forEach(checkIn -> byNight.put(checkIn.nightOf(), checkIn));
		return byNight;
	}

	/** The window's cramp nights, as {@link Episode#crampNights} defines them. */
	public SortedSet<LocalDate> crampNights() {
		return Episode.crampNights(this.episodes);
	}

	/** Nights with any episode, daytime ones included. */
	public SortedSet<LocalDate> episodeNights() {
		SortedSet<LocalDate> nights = new TreeSet<>();
		this.episodes.forEach(episode -> nights.add(episode.nightOf()));
		return nights;
	}

	/**
	 * Counts a nightly factor over the window's check-ins.
	 * @param factor TRUE when the factor was present that night, FALSE when absent, null when the check-in did not
	 * answer the question
	 * @return the nights it was present, how many of those were cramp nights, and how many nights answered
	 */
	public NightCount count(Function<CheckIn, @Nullable Boolean> factor) {
		Map<LocalDate, Boolean> outcomes = outcomes();
		int nights = 0;
		int coinciding = 0;
		int answered = 0;
		int known = 0;
		int otherKnown = 0;
		int otherCramps = 0;
		for (CheckIn checkIn : this.checkIns) {
			Boolean present = factor.apply(checkIn);
			if (present == null) {
				continue;
			}
			answered++;
			Boolean cramps = outcomes.get(checkIn.nightOf());
			if (present) {
				nights++;
				if (cramps != null) {
					known++;
					coinciding += cramps ? 1 : 0;
				}
			}
			else if (cramps != null) {
				otherKnown++;
				otherCramps += cramps ? 1 : 0;
			}
		}
		return new NightCount(nights, coinciding, answered, known, otherKnown, otherCramps);
	}

	/** The window's episodes on which that warning sign was noted. */
	public List<Episode> episodesWith(WarningSign sign) {
		return this.episodes.stream().filter(episode -> episode.warningSigns().contains(sign)).toList();
	}

	/** For each active relief, how many of the window's episodes named it as the one that helped most. */
	public Map<Relief, Integer> helpedMostCounts() {
		Map<Relief, Integer> counts = new EnumMap<>(Relief.class);
		for (Relief relief : Relief.values()) {
			counts.put(relief, 0);
		}
		for (Episode episode : this.episodes) {
			if (episode.helpedMost() != null) {
				counts.merge(episode.helpedMost(), 1, Integer::sum);
			}
		}
		return counts;
	}

	/** How many of the window's episodes say which relief helped most. */
	public int episodesWithHelpedMost() {
		return (int) this.episodes.stream().filter(episode -> episode.helpedMost() != null).count();
	}

	/**
	 * The user's age in {@code asOf}'s year (the birthday is not recorded, so this may be one year more than the
	 * exact age), or empty without a birth year.
	 */
	public OptionalInt age() {
		Integer birthYear = this.profile.birthYear();
		return birthYear == null ? OptionalInt.empty() : OptionalInt.of(this.asOf.getYear() - birthYear);
	}

	/**
	 * The medications taken on at least one day from the window's first night to {@code asOf}: what the user took
	 * during the window or takes now.
	 */
	public List<Medication> medicationsInWindow() {
		LocalDate first = firstNight();
		return this.medications.stream().filter(medication -> medication.isTakenDuring(first, this.asOf)).toList();
	}

	private static boolean within(LocalDate night, LocalDate first, LocalDate last) {
		return !night.isBefore(first) && !night.isAfter(last);
	}

}
