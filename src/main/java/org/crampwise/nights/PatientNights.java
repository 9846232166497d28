package org.crampwise.nights;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

import org.jspecify.annotations.Nullable;

import org.crampwise.checkin.CheckIn;
import org.crampwise.episode.Episode;
import org.crampwise.profile.HealthProfile;
import org.crampwise.profile.Medication;

/**
 * A patient's range of nights, loaded once: the profile, the medications, and of the nights {@code from}..{@code to}
 * the check-ins, the episodes, the "no cramps" marks and which check-ins were copied from the night before.
 * <p>
 * Definitions, each said here once: a night is <em>known</em> when it has an episode or a "no cramps" mark; a
 * <em>cramp night</em> is one with an episode that is not a daytime one ({@link Episode#crampNights}); a known night
 * that is not a cramp night is cramp-free. An unknown night is never cramp-free.
 *
 * @param from the first night
 * @param to the last night
 * @param profile the health profile
 * @param medications all the patient's medications
 * @param checkIns the check-ins of the range
 * @param episodes the episodes of the range
 * @param noCrampNights the nights marked "no cramps" (never one with an episode)
 * @param copiedNights the nights whose check-in was saved with "same as last night" unchanged
 */
public record PatientNights(LocalDate from, LocalDate to, HealthProfile profile, List<Medication> medications,
		List<CheckIn> checkIns, List<Episode> episodes, Set<LocalDate> noCrampNights, Set<LocalDate> copiedNights) {

	public PatientNights {
		medications = List.copyOf(medications);
		checkIns = List.copyOf(checkIns);
		episodes = List.copyOf(episodes);
		noCrampNights = Set.copyOf(noCrampNights);
		copiedNights = Set.copyOf(copiedNights);
	}

	/** How many nights the range holds. */
	public int length() {
		return (int) ChronoUnit.DAYS.between(this.from, this.to) + 1;
	}

	/** The check-ins by night. */
	public Map<LocalDate, CheckIn> checkInsByNight() {
		Map<LocalDate, CheckIn> byNight = new HashMap<>();
		this.checkIns.forEach(checkIn -> byNight.put(checkIn.nightOf(), checkIn));
		return byNight;
	}

	/** The cramp nights of the range. */
	public SortedSet<LocalDate> crampNights() {
		return Collections.unmodifiableSortedSet(Episode.crampNights(this.episodes));
	}

	/** Every night of the range, newest first, with what is known about it. */
	public List<Night> nights() {
		Map<LocalDate, Integer> episodesByNight = new HashMap<>();
		this.episodes.forEach(episode -> episodesByNight.merge(episode.nightOf(), 1, Integer::sum));
		Set<LocalDate> checkedIn = checkInsByNight().keySet();
		List<Night> nights = new ArrayList<>(length());
		for (LocalDate night = this.to; !night.isBefore(this.from); night = night.minusDays(1)) {
			int count = episodesByNight.getOrDefault(night, 0);
			NightStatus status = (count > 0) ? NightStatus.CRAMPS
					: this.noCrampNights.contains(night) ? NightStatus.NO_CRAMPS : NightStatus.UNKNOWN;
			nights.add(new Night(night, status, count, checkedIn.contains(night), this.copiedNights.contains(night)));
		}
		return nights;
	}

	/**
	 * The known nights of the range with their outcome: TRUE a cramp night, FALSE a known night without one. A night
	 * missing here is unknown, never cramp-free.
	 */
	public Map<LocalDate, Boolean> outcomes() {
		return outcomes(this.episodes, this.noCrampNights);
	}

	/**
	 * The known nights of these episodes and "no cramps" marks with their outcome (the definition above, said once):
	 * TRUE a cramp night, FALSE a known night without one; a night missing here is unknown, never cramp-free. The
	 * advice's window counts use it too.
	 */
	public static Map<LocalDate, Boolean> outcomes(List<Episode> episodes, Set<LocalDate> noCrampNights) {
		SortedSet<LocalDate> cramps = Episode.crampNights(episodes);
		Map<LocalDate, Boolean> known = new HashMap<>();
		episodes.forEach(episode -> known.put(episode.nightOf(), cramps.contains(episode.nightOf())));
		noCrampNights.forEach(night -> known.putIfAbsent(night, Boolean.FALSE));
		return known;
	}

	/** How many nights of the range are known. */
	public int knownNights() {
		return outcomes().size();
	}

}
