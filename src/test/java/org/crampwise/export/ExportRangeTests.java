package org.crampwise.export;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.crampwise.system.FieldProblem;
import org.crampwise.system.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ExportRangeTests {

	static final LocalDate TONIGHT = LocalDate.of(2026, 11, 26);

	@Test
	void defaultsToTheNightsThatExistFromTheFirstLoggedNightToTonight() {
		LocalDate firstLogged = TONIGHT.minusDays(13);
		ExportRange range = ExportRange.of(null, null, TONIGHT, firstLogged, ExportMessages.accessor());
		assertThat(range).isEqualTo(new ExportRange(firstLogged, TONIGHT));
		assertThat(range.nights()).isEqualTo(14);
		assertThat(range.slug()).isEqualTo("2026-11-13-to-2026-11-26");
	}

	@Test
	void withNothingLoggedTheDefaultIsTonightAlone() {
		ExportRange range = ExportRange.of(null, null, TONIGHT, null, ExportMessages.accessor());
		assertThat(range).isEqualTo(new ExportRange(TONIGHT, TONIGHT));
	}

	@Test
	void theDefaultKeepsWithinTheLongestRange() {
		ExportRange range = ExportRange.of(null, null, TONIGHT, LocalDate.of(2010, 1, 1), ExportMessages.accessor());
		assertThat(range.nights()).isEqualTo(ExportRange.MAX_NIGHTS);
		assertThat(range.to()).isEqualTo(TONIGHT);
	}

	@Test
	void aMissingFromMeansTheFirstLoggedNightOrToWhenNothingCameBefore() {
		LocalDate to = LocalDate.of(2026, 3, 31);
		assertThat(ExportRange.of(null, to, TONIGHT, LocalDate.of(2026, 3, 1), ExportMessages.accessor()).from())
			.isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(ExportRange.of(null, to, TONIGHT, LocalDate.of(2026, 6, 1), ExportMessages.accessor()).from())
			.isEqualTo(to);
	}

	@Test
	void aMissingToMeansTonight() {
		ExportRange range = ExportRange.of(LocalDate.of(2026, 11, 1), null, TONIGHT, null, ExportMessages.accessor());
		assertThat(range).isEqualTo(new ExportRange(LocalDate.of(2026, 11, 1), TONIGHT));
	}

	@Test
	void oneNightIsARange() {
		ExportRange range = ExportRange.of(TONIGHT, TONIGHT, TONIGHT, null, ExportMessages.accessor());
		assertThat(range.nights()).isEqualTo(1);
		assertThat(range.contains(TONIGHT)).isTrue();
		assertThat(range.contains(TONIGHT.minusDays(1))).isFalse();
		assertThat(range.contains(TONIGHT.plusDays(1))).isFalse();
	}

	@Test
	void rejectsToBeforeFromOnTo() {
		assertThat(problems(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 9)))
			.containsExactly(new FieldProblem("to", "must not be before the first night"));
	}

	@Test
	void rejectsAFromAfterTonightWithoutTo() {
		assertThat(problems(TONIGHT.plusDays(1), null))
			.containsExactly(new FieldProblem("from", "must not be after tonight (2026-11-26)"));
	}

	@Test
	void rejectsAToAfterTonight() {
		assertThat(problems(null, TONIGHT.plusDays(1)))
			.containsExactly(new FieldProblem("to", "must not be after tonight (2026-11-26)"));
	}

	@Test
	void acceptsThreeYearsAndRejectsOneNightMore() {
		LocalDate from = TONIGHT.minusDays(ExportRange.MAX_NIGHTS - 1);
		assertThat(ExportRange.of(from, TONIGHT, TONIGHT, null, ExportMessages.accessor()).nights()).isEqualTo(1096);
		assertThat(problems(from.minusDays(1), TONIGHT))
			.containsExactly(new FieldProblem("from", "the range may hold at most 1096 nights (3 years)"));
	}

	@Test
	void rejectsNightsBefore1900OnEachField() {
		assertThat(problems(LocalDate.of(1899, 12, 31), LocalDate.of(1899, 12, 31))).containsExactly(
				new FieldProblem("from", "must be 1900-01-01 or later"),
				new FieldProblem("to", "must be 1900-01-01 or later"));
	}

	@Test
	void aRangeCannotBeBuiltBackwards() {
		assertThatThrownBy(() -> new ExportRange(TONIGHT, TONIGHT.minusDays(1)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	/** The problems as they read in English (the old text form, for comparing). */
	@SuppressWarnings("deprecation")
	private static java.util.List<FieldProblem> problems(LocalDate from, LocalDate to) {
		InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class,
				() -> ExportRange.of(from, to, TONIGHT, null, ExportMessages.accessor()));
		assertThat(thrown).as("an InvalidInputException").isNotNull();
		org.springframework.context.MessageSource source = org.crampwise.support.Bundles.all();
		return thrown.problems()
			.stream()
			.map(p -> new FieldProblem(p.field(), source.getMessage(p, java.util.Locale.ENGLISH)))
			.toList();
	}

}
