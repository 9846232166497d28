package org.crampwise.advice;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.crampwise.profile.DrugClass;
import org.crampwise.profile.HealthProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.crampwise.advice.AdviceContextBuilder.AS_OF;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.CheckInBuilder.checkIn;
import static org.crampwise.advice.EpisodeBuilder.cramp;
import static org.crampwise.advice.MedicationBuilder.medication;

class AdviceContextTests {

	@Test
	void theWindowIsTheNightsBeforeAsOfWithoutAsOfsOwnNight() {
		AdviceContext context = context().build();

		assertThat(context.firstNight()).isEqualTo(AS_OF.minusDays(14));
		assertThat(context.lastNight()).isEqualTo(AS_OF.minusDays(1));
		assertThat(AdviceContext.firstNight(AS_OF, 14)).isEqualTo(nightsAgo(14));
		assertThat(context.covers(nightsAgo(14))).isTrue();
		assertThat(context.covers(nightsAgo(15))).isFalse();
		assertThat(context.covers(AS_OF)).isFalse();
	}

	@Test
	void dropsWhatLiesOutsideTheWindowAndSortsTheRest() {
		AdviceContext context = context().checkIn(checkIn(nightsAgo(2)).water(1))
			.checkIn(checkIn(AS_OF).water(2))
			.checkIn(checkIn(nightsAgo(15)).water(3))
			.checkIn(checkIn(nightsAgo(14)).water(4))
			.episode(cramp(nightsAgo(1)))
			.episode(cramp(AS_OF))
			.episode(cramp(nightsAgo(15)))
			.episode(cramp(nightsAgo(9)))
			.build();

		assertThat(context.checkIns()).extracting(c -> c.waterMl()).containsExactly(4, 1);
		assertThat(context.episodes()).extracting(e -> e.nightOf()).containsExactly(nightsAgo(9), nightsAgo(1));
	}

	@Test
	void aSecondCheckInForTheSameNightReplacesTheFirst() {
		AdviceContext context = context().checkIn(checkIn(nightsAgo(2)).water(1))
			.checkIn(checkIn(nightsAgo(2)).water(2))
			.build();

		assertThat(context.checkIns()).singleElement().satisfies(c -> assertThat(c.waterMl()).isEqualTo(2));
	}

	@Test
	void crampNightsLeaveOutDaytimeCrampsButEpisodeNightsKeepThem() {
		AdviceContext context = context().episode(cramp(nightsAgo(1)))
			.episode(cramp(nightsAgo(1)))
			.episode(EpisodeBuilder.daytime(nightsAgo(3)))
			.build();

		assertThat(context.crampNights()).containsExactly(nightsAgo(1));
		assertThat(context.episodeNights()).containsExactly(nightsAgo(3), nightsAgo(1));
	}

	@Test
	void countsAFactorItsCrampNightsAndTheNightsThatAnswered() {
		AdviceContext context = context().checkIn(checkIn(nightsAgo(1)).tightBedding(true))
			.checkIn(checkIn(nightsAgo(2)).tightBedding(true))
			.checkIn(checkIn(nightsAgo(3)).tightBedding(false))
			.checkIn(checkIn(nightsAgo(4)))
			.episode(cramp(nightsAgo(2)))
			.episode(cramp(nightsAgo(3)))
			.build();

		// night 1 is unknown (nothing logged): on neither side of the comparison, never cramp-free
		assertThat(context.count(c -> c.tightBedding())).isEqualTo(new NightCount(2, 1, 3, 1, 1, 1));
	}

	@Test
	void ageIsAsOfsYearMinusTheBirthYear() {
		assertThat(context().profile(ProfileBuilder.profile().born(1950)).build().age()).hasValue(76);
		assertThat(context().build().age()).isEmpty();
	}

	@Test
	void medicationsInTheWindowAreThoseTakenOnSomeDayFromItsFirstNightToAsOf() {
		AdviceContext context = context().medication(medication("before", DrugClass.OTHER).stoppedOn(nightsAgo(15)))
			.medication(medication("first-night", DrugClass.OTHER).stoppedOn(nightsAgo(14)))
			.medication(medication("today", DrugClass.OTHER).startedOn(AS_OF))
			.medication(medication("tomorrow", DrugClass.OTHER).startedOn(AS_OF.plusDays(1)))
			.medication(medication("undated", DrugClass.OTHER).startedOn(null))
			.build();

		assertThat(context.medicationsInWindow()).extracting(m -> m.name())
			.containsExactly("first-night", "today", "undated");
		assertThat(context.medications()).hasSize(5);
	}

	@Test
	void theWindowMustBeOneToAYearOfNights() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AdviceContext(AS_OF, 0, HealthProfile.EMPTY, List.of(), List.of(), List.of()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AdviceContext(AS_OF, 367, HealthProfile.EMPTY, List.of(), List.of(), List.of()));
		assertThat(AdviceContext.empty(AS_OF, 366).hasDiaryData()).isFalse();
	}

}
