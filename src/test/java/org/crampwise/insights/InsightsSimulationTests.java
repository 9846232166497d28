package org.crampwise.insights;

import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.NightlyFactor;
import org.crampwise.nights.PatientNights;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistical claims of docs/insights.md, by seeded simulation (each test prints its seed; diary i uses seed +
 * i). Parameters of the null diaries: {@value SimulatedDiaries#NIGHTS} nights, each known with probability
 * {@value SimulatedDiaries#KNOWN} and checked in with {@value SimulatedDiaries#CHECKED_IN}; cramp nights a Markov
 * chain of rate {@value SimulatedDiaries#CRAMP_RATE} and lag-1 autocorrelation
 * {@value SimulatedDiaries#CRAMP_PERSISTENCE}; each of the 11 habits its own chain of prevalence 0.2..0.5 and
 * autocorrelation {@value SimulatedDiaries#HABIT_PERSISTENCE}.
 */
class InsightsSimulationTests {

	static final int DIARIES = 1000;

	private final InsightsEngine engine = new InsightsEngine(AdviceSettings.defaults().factors(),
			InsightsSettings.defaults());

	@Test
	void nullDiariesWithPersistenceShowAnyLinkedFactorToAtMost12Percent() {
		long seed = 20261201L;
		int linked = 0;
		for (int i = 0; i < DIARIES; i++) {
			Insights insights = this.engine.compute(SimulatedDiaries.nullDiary(new Random(seed + i)));
			if (insights.factors().stream().anyMatch(f -> f.verdict() == Verdict.LINKED)) {
				linked++;
			}
		}
		double share = (double) linked / DIARIES;
		System.out.printf("insights null simulation: seed %d, %d diaries, any LINKED in %d (%.1f%%)%n", seed,
				DIARIES, linked, 100 * share);
		assertThat(share).isLessThanOrEqualTo(0.12);
	}

	@Test
	void aPlantedStrongEffectIsLinkedInAtLeast90Percent() {
		long seed = 20261202L;
		int nights = 180;
		int linked = 0;
		for (int i = 0; i < DIARIES; i++) {
			Random random = new Random(seed + i);
			Map<NightlyFactor, boolean[]> habits = SimulatedDiaries.habits(random, nights);
			boolean[] factor = SimulatedDiaries.chain(random, nights, 1.0 / 3, SimulatedDiaries.HABIT_PERSISTENCE);
			habits.put(NightlyFactor.ALCOHOL_NEAR_BEDTIME, factor);
			boolean[] cramps = new boolean[nights];
			for (int n = 0; n < nights; n++) {
				cramps[n] = random.nextDouble() < (factor[n] ? 0.7 : 0.2);
			}
			PatientNights diary = SimulatedDiaries.diary(random, habits, cramps, 1.0, 1.0);
			Insights.FactorInsight insight = this.engine.compute(diary).factor(NightlyFactor.ALCOHOL_NEAR_BEDTIME, 0);
			if (insight != null && insight.verdict() == Verdict.LINKED && insight.direction() == Direction.MORE_CRAMPS) {
				linked++;
			}
		}
		double share = (double) linked / DIARIES;
		System.out.printf("insights planted effect: seed %d, %d diaries of %d known nights, LINKED in %d (%.1f%%)%n",
				seed, DIARIES, nights, linked, 100 * share);
		assertThat(share).isGreaterThanOrEqualTo(0.90);
	}

	@Test
	void stretchingAfterBadNightsWithNoEffectIsLinkedInAtMost12Percent() {
		long seed = 20261203L;
		int nights = SimulatedDiaries.NIGHTS;
		int linked = 0;
		for (int i = 0; i < DIARIES; i++) {
			Random random = new Random(seed + i);
			Map<NightlyFactor, boolean[]> habits = SimulatedDiaries.habits(random, nights);
			boolean[] cramps = SimulatedDiaries.chain(random, nights, SimulatedDiaries.CRAMP_RATE,
					SimulatedDiaries.CRAMP_PERSISTENCE);
			boolean[] noStretch = new boolean[nights];
			for (int n = 0; n < nights; n++) {
				boolean badNightBefore = n > 0 && cramps[n - 1];
				// people stretch because last night was bad: 80% after a cramp night, 30% otherwise
				noStretch[n] = random.nextDouble() >= (badNightBefore ? 0.8 : 0.3);
			}
			habits.put(NightlyFactor.NO_STRETCH_BEFORE_BED, noStretch);
			Insights insights = this.engine.compute(SimulatedDiaries.diary(random, habits, cramps,
					SimulatedDiaries.KNOWN, SimulatedDiaries.CHECKED_IN));
			if (insights.factors()
				.stream()
				.anyMatch(f -> f.factor() == NightlyFactor.NO_STRETCH_BEFORE_BED && f.verdict() == Verdict.LINKED)) {
				linked++;
			}
		}
		double share = (double) linked / DIARIES;
		System.out.printf("insights reverse causation: seed %d, %d diaries, stretching LINKED in %d (%.1f%%)%n",
				seed, DIARIES, linked, 100 * share);
		assertThat(share).isLessThanOrEqualTo(0.12);
	}

}
