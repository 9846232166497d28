package org.crampwise.insights;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import org.crampwise.advice.NightlyFactor;
import org.crampwise.checkin.CheckIn;
import org.crampwise.checkin.ExerciseLevel;
import org.crampwise.episode.Episode;
import org.crampwise.episode.Muscle;
import org.crampwise.episode.Side;
import org.crampwise.nights.PatientNights;
import org.crampwise.profile.HealthProfile;

/**
 * Generated diaries for the insights simulations. Habits (each factor) and cramp nights persist from night to night
 * as two-state Markov chains: a chain with prevalence p and persistence r stays in its state with probability
 * r + (1 - r)·p (on) or r + (1 - r)·(1 - p) (off), so its lag-1 autocorrelation is r.
 */
final class SimulatedDiaries {

	static final LocalDate FIRST = LocalDate.of(2025, 3, 1);

	/** The parameters of a null diary (docs/insights.md states them). */
	static final int NIGHTS = 240;

	static final double KNOWN = 0.75;

	static final double CHECKED_IN = 0.85;

	static final double CRAMP_RATE = 0.35;

	static final double CRAMP_PERSISTENCE = 0.4;

	static final double HABIT_PERSISTENCE = 0.6;

	static final double MIN_PREVALENCE = 0.2;

	static final double MAX_PREVALENCE = 0.5;

	private SimulatedDiaries() {
	}

	/** A Markov 0/1 chain. */
	static boolean[] chain(Random random, int length, double prevalence, double persistence) {
		boolean[] values = new boolean[length];
		boolean state = random.nextDouble() < prevalence;
		for (int i = 0; i < length; i++) {
			double on = state ? persistence + (1 - persistence) * prevalence : (1 - persistence) * prevalence;
			state = random.nextDouble() < on;
			values[i] = state;
		}
		return values;
	}

	/** Independent habit chains, one per factor, each with its own prevalence. */
	static Map<NightlyFactor, boolean[]> habits(Random random, int length) {
		Map<NightlyFactor, boolean[]> habits = new EnumMap<>(NightlyFactor.class);
		for (NightlyFactor factor : NightlyFactor.values()) {
			double prevalence = MIN_PREVALENCE + random.nextDouble() * (MAX_PREVALENCE - MIN_PREVALENCE);
			habits.put(factor, chain(random, length, prevalence, HABIT_PERSISTENCE));
		}
		return habits;
	}

	/** A check-in whose answers make exactly the given factors present (with the default thresholds). */
	static CheckIn checkIn(LocalDate night, Predicate<NightlyFactor> on) {
		boolean near = on.test(NightlyFactor.ALCOHOL_NEAR_BEDTIME);
		boolean heavy = on.test(NightlyFactor.HEAVY_DRINKING);
		int drinks = heavy ? 4 : (near ? 1 : 0);
		Double hours = (drinks == 0) ? null : (near ? 1.0 : 5.0);
		return new CheckIn(night, on.test(NightlyFactor.LOW_WATER) ? 1000 : 2000, drinks, hours,
				on.test(NightlyFactor.LONG_STANDING) ? 7.0 : 2.0, on.test(NightlyFactor.LONG_SITTING) ? 9.0 : 3.0,
				on.test(NightlyFactor.HARD_EXERCISE) ? ExerciseLevel.HARD : ExerciseLevel.LIGHT,
				!on.test(NightlyFactor.NO_STRETCH_BEFORE_BED), on.test(NightlyFactor.WARM_BATH_BEFORE_BED),
				on.test(NightlyFactor.FEW_POTASSIUM_FOODS) ? 1 : 3, on.test(NightlyFactor.MAGNESIUM_SUPPLEMENT),
				on.test(NightlyFactor.TIGHT_BEDDING));
	}

	static Episode episode(long id, LocalDate night) {
		OffsetDateTime start = night.atTime(23, 30).atOffset(ZoneOffset.UTC);
		return new Episode(id, start, 90, 6, Muscle.CALF, Side.LEFT, true, Set.of(), null, Set.of(), null, night,
				false);
	}

	/**
	 * A diary from per-night habits and cramps: a night is known with probability {@code known} (a cramp night by
	 * its episode, else by a "no cramps" mark), and has a check-in with probability {@code checkedIn}.
	 */
	static PatientNights diary(Random random, Map<NightlyFactor, boolean[]> habits, boolean[] cramps, double known,
			double checkedIn) {
		int length = cramps.length;
		List<CheckIn> checkIns = new ArrayList<>();
		List<Episode> episodes = new ArrayList<>();
		Set<LocalDate> marks = new HashSet<>();
		for (int i = 0; i < length; i++) {
			LocalDate night = FIRST.plusDays(i);
			int index = i;
			if (random.nextDouble() < checkedIn) {
				checkIns.add(checkIn(night, factor -> habits.get(factor)[index]));
			}
			if (random.nextDouble() < known) {
				if (cramps[i]) {
					episodes.add(episode(i + 1, night));
				}
				else {
					marks.add(night);
				}
			}
		}
		return new PatientNights(FIRST, FIRST.plusDays(length - 1), HealthProfile.EMPTY, List.of(), checkIns,
				episodes, marks, Set.of());
	}

	/** A null diary: habits and cramps persist, and nothing has any effect. */
	static PatientNights nullDiary(Random random) {
		return diary(random, habits(random, NIGHTS), chain(random, NIGHTS, CRAMP_RATE, CRAMP_PERSISTENCE), KNOWN,
				CHECKED_IN);
	}

}
