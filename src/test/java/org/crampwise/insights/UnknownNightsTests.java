package org.crampwise.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.NightlyFactor;
import org.crampwise.checkin.CheckIn;
import org.crampwise.episode.Episode;
import org.crampwise.nights.PatientNights;
import org.crampwise.profile.HealthProfile;

import static org.assertj.core.api.Assertions.assertThat;

/** Unknown nights never count as cramp-free: a diary that logs cramps only has no cramp-free night at all. */
class UnknownNightsTests {

	private final InsightsEngine engine = new InsightsEngine(AdviceSettings.defaults().factors(),
			InsightsSettings.defaults());

	@Test
	void aDiaryOfCrampsOnlyHasNoCrampFreeNightWhateverItsCheckIns() {
		long seed = 20261204L;
		System.out.println("insights unknown nights: seed " + seed);
		Random random = new Random(seed);
		Map<NightlyFactor, boolean[]> habits = SimulatedDiaries.habits(random, 200);
		List<CheckIn> checkIns = new ArrayList<>();
		List<Episode> episodes = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			LocalDate night = SimulatedDiaries.FIRST.plusDays(i);
			int index = i;
			checkIns.add(SimulatedDiaries.checkIn(night, factor -> habits.get(factor)[index]));
			if (random.nextDouble() < 0.3) {
				episodes.add(SimulatedDiaries.episode(i + 1, night));
			}
		}
		PatientNights diary = new PatientNights(SimulatedDiaries.FIRST, SimulatedDiaries.FIRST.plusDays(199),
				HealthProfile.EMPTY, List.of(), checkIns, episodes, Set.of(), Set.of());

		Insights insights = this.engine.compute(diary);

		assertThat(insights.knownNights()).isEqualTo(episodes.size());
		assertThat(insights.crampNights()).isEqualTo(episodes.size());
		assertThat(insights.factors()).allSatisfy(factor -> {
			assertThat(factor.exposed().crampNights()).isEqualTo(factor.exposed().nights());
			assertThat(factor.unexposed().crampNights()).isEqualTo(factor.unexposed().nights());
			assertThat(factor.verdict()).isNotEqualTo(Verdict.LINKED);
		});
		assertThat(insights.weeks()).allSatisfy(week -> assertThat(week.crampNights()).isEqualTo(week.knownNights()));
	}

	@Test
	void aNoCrampsMarkMakesANightKnownAndCrampFree() {
		LocalDate night = SimulatedDiaries.FIRST;
		PatientNights diary = new PatientNights(night, night.plusDays(1), HealthProfile.EMPTY, List.of(),
				List.of(SimulatedDiaries.checkIn(night, f -> false), SimulatedDiaries.checkIn(night.plusDays(1), f -> false)),
				List.of(), Set.of(night), Set.of());
		Insights insights = this.engine.compute(diary);
		assertThat(insights.knownNights()).isEqualTo(1);
		assertThat(insights.crampNights()).isZero();
		assertThat(insights.allKnownNights()).isEqualTo(1);
	}

}
