package org.crampwise.episode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.crampwise.system.FieldProblem;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.NightRule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Times typed on a page, in the user's zone, across both daylight-saving changes of 2026 in Paris. */
class LocalStartTests {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@ParameterizedTest(name = "{0} {1} in Paris is {2}, night of {3}")
	@CsvSource({ "2026-03-29, 01:30, 2026-03-29T01:30:00+01:00, 2026-03-28",
			"2026-03-29, 03:30, 2026-03-29T03:30:00+02:00, 2026-03-28",
			"2026-10-25, 01:30, 2026-10-25T01:30:00+02:00, 2026-10-24",
			"2026-10-25, 03:30, 2026-10-25T03:30:00+01:00, 2026-10-24",
			"2026-11-20, 14:00, 2026-11-20T14:00:00+01:00, 2026-11-20" })
	void aLocalTimeGetsTheOffsetItsZoneHadAtThatMoment(LocalDate date, LocalTime time, OffsetDateTime expected,
			LocalDate night) {
		OffsetDateTime start = LocalStart.of(date, time, PARIS);

		assertThat(start).isEqualTo(expected);
		assertThat(start.getOffset()).isEqualTo(expected.getOffset());
		assertThat(NightRule.nightOf(start)).isEqualTo(night);
	}

	@Test
	void aTimeTheClocksSkippedIsRefusedOnTheTimeField() {
		assertThatThrownBy(() -> LocalStart.of(LocalDate.of(2026, 3, 29), LocalTime.of(2, 30), PARIS))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> {
				assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("time");
				assertThat(ex.problems().get(0).message(org.crampwise.support.Bundles.all())).contains("clocks went forward");
			});
	}

	@Test
	void aTimeThatHappenedTwiceIsTheFirstOne() {
		OffsetDateTime start = LocalStart.of(LocalDate.of(2026, 10, 25), LocalTime.of(2, 30), PARIS);

		assertThat(start).isEqualTo(OffsetDateTime.parse("2026-10-25T02:30:00+02:00"));
	}

	@ParameterizedTest(name = "at {0} the form suggests {1}")
	@CsvSource({ "2026-11-20T08:00:00Z, 2026-11-20T03:00", "2026-11-20T21:45:00Z, 2026-11-20T03:00",
			"2026-11-20T02:00:00Z, 2026-11-20T03:00", "2026-11-20T01:59:30Z, 2026-11-20T02:59",
			"2026-11-19T23:30:00Z, 2026-11-20T00:30",
			// the spring change: 03:00 exists (02:00 does not) and is summer time
			"2026-03-29T08:00:00Z, 2026-03-29T03:00" })
	void theFormSuggestsLastNight(Instant now, LocalDateTime suggested) {
		assertThat(LocalStart.lastNight(now, PARIS)).isEqualTo(suggested);
	}

	@Test
	void theSuggestionOnTheMorningAfterTheSpringChangeIsStoredInSummerTime() {
		LocalDateTime suggested = LocalStart.lastNight(Instant.parse("2026-03-29T08:00:00Z"), PARIS);

		assertThat(LocalStart.of(suggested.toLocalDate(), suggested.toLocalTime(), PARIS))
			.isEqualTo(OffsetDateTime.parse("2026-03-29T03:00:00+02:00"));
	}

	@Test
	void aChosenNightStartsAtThreeInTheMorningAfterItButNeverAheadOfLastNight() {
		Instant morning = OffsetDateTime.parse("2026-11-20T08:00:00+01:00").toInstant();

		assertThat(LocalStart.ofNight(LocalDate.parse("2026-11-02"), morning, PARIS))
			.isEqualTo(LocalDateTime.parse("2026-11-03T03:00"));
		assertThat(LocalStart.ofNight(LocalDate.parse("2026-11-25"), morning, PARIS))
			.isEqualTo(LocalStart.lastNight(morning, PARIS));
	}

}
