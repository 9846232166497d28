package org.crampwise.checkin;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import org.crampwise.system.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

class CheckInRulesTests {

	static final LocalDate TONIGHT = LocalDate.of(2026, 11, 19);

	CheckInRules rules;

	@BeforeEach
	void rules() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/checkin");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		this.rules = new CheckInRules(messages);
		LocaleContextHolder.setLocale(Locale.ENGLISH);
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aCheckInWithNothingAnsweredIsValid() {
		assertThat(this.rules.problems(blank(TONIGHT), TONIGHT)).isEmpty();
	}

	@Test
	void everyAnswerAtItsLimitsIsValid() {
		CheckIn low = new CheckIn(TONIGHT, 0, 1, 0.0, 0.0, 0.0, ExerciseLevel.NONE, false, false, 0, false, false);
		CheckIn high = new CheckIn(TONIGHT, 10_000, 30, 24.0, 12.0, 12.0, ExerciseLevel.HARD, true, true, 20, true,
				true);
		assertThat(this.rules.problems(low, TONIGHT)).isEmpty();
		assertThat(this.rules.problems(high, TONIGHT)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "waterMl, -1", "waterMl, 10001", "alcoholDrinks, -1", "alcoholDrinks, 31", "standingHours, -0.5",
			"standingHours, 24.5", "sittingHours, 24.01", "hoursFromLastDrinkToBed, 24.5",
			"potassiumFoodServings, 21", "potassiumFoodServings, -1", "standingHours, NaN" })
	void aValueOutOfRangeIsNamedWithTheRange(String field, String value) {
		List<FieldProblem> problems = this.rules.problems(with(field, value), TONIGHT);

		assertThat(problems).extracting(FieldProblem::field).containsExactly(field);
		assertThat(problems.get(0).message(org.crampwise.support.Bundles.all())).matches("Must be between 0 and (10000 ml \\(40 glasses\\)|30|24|20)\\.");
	}

	@Test
	void hoursSinceTheLastDrinkAreOnlyAcceptedWithDrinks() {
		CheckIn noDrinks = new CheckIn(TONIGHT, null, 0, 1.5, null, null, null, null, null, null, null, null);
		CheckIn unanswered = new CheckIn(TONIGHT, null, null, 1.5, null, null, null, null, null, null, null, null);
		CheckIn oneDrink = new CheckIn(TONIGHT, null, 1, 1.5, null, null, null, null, null, null, null, null);

		assertThat(this.rules.problems(noDrinks, TONIGHT)).extracting(FieldProblem::field)
			.containsExactly("hoursFromLastDrinkToBed");
		assertThat(this.rules.problems(unanswered, TONIGHT)).extracting(FieldProblem::field)
			.containsExactly("hoursFromLastDrinkToBed");
		assertThat(this.rules.problems(oneDrink, TONIGHT)).isEmpty();
	}

	@Test
	void standingAndSittingTogetherMayNotPass24Hours() {
		CheckIn day = new CheckIn(TONIGHT, null, null, null, 16.0, 8.0, null, null, null, null, null, null);
		CheckIn tooLong = new CheckIn(TONIGHT, null, null, null, 16.0, 8.5, null, null, null, null, null, null);

		assertThat(this.rules.problems(day, TONIGHT)).isEmpty();
		List<FieldProblem> problems = this.rules.problems(tooLong, TONIGHT);
		assertThat(problems).extracting(FieldProblem::field).containsExactly("sittingHours");
		assertThat(problems.get(0).message(org.crampwise.support.Bundles.all())).contains("24 hours");
	}

	@Test
	void aSumIsNotReportedAgainWhenAPartIsAlreadyOutOfRange() {
		CheckIn bad = new CheckIn(TONIGHT, null, null, null, 30.0, 8.0, null, null, null, null, null, null);

		assertThat(this.rules.problems(bad, TONIGHT)).extracting(FieldProblem::field)
			.containsExactly("standingHours");
	}

	@Test
	void tonightAndEarlierNightsAreAcceptedButNotTomorrowNight() {
		assertThat(this.rules.problems(blank(TONIGHT.minusDays(400)), TONIGHT)).isEmpty();
		List<FieldProblem> problems = this.rules.problems(blank(TONIGHT.plusDays(1)), TONIGHT);
		assertThat(problems).extracting(FieldProblem::field).containsExactly("nightOf");
		assertThat(problems.get(0).message(org.crampwise.support.Bundles.all())).contains("2026-11-19");
	}

	@Test
	void everyBadFieldIsNamedOnce() {
		CheckIn bad = new CheckIn(TONIGHT.plusDays(2), 20_000, 0, 3.0, 20.0, 10.0, null, null, null, 99, null, null);

		assertThat(this.rules.problems(bad, TONIGHT)).extracting(FieldProblem::field)
			.containsExactly("nightOf", "waterMl", "hoursFromLastDrinkToBed", "sittingHours",
					"potassiumFoodServings");
	}

	@Test
	void aRangeOfNightsMustNotEndBeforeItStarts() {
		assertThat(this.rules.problemsOfRange(TONIGHT, TONIGHT)).isEmpty();
		assertThat(this.rules.problemsOfRange(TONIGHT, TONIGHT.minusDays(1))).extracting(FieldProblem::field)
			.containsExactly("to");
	}

	static CheckIn blank(LocalDate night) {
		return new CheckIn(night, null, null, null, null, null, null, null, null, null, null, null);
	}

	private static CheckIn with(String field, String value) {
		double number = Double.parseDouble(value);
		Integer whole = (int) number;
		return switch (field) {
			case "waterMl" -> new CheckIn(TONIGHT, whole, null, null, null, null, null, null, null, null, null, null);
			case "alcoholDrinks" ->
				new CheckIn(TONIGHT, null, whole, null, null, null, null, null, null, null, null, null);
			case "hoursFromLastDrinkToBed" ->
				new CheckIn(TONIGHT, null, 2, number, null, null, null, null, null, null, null, null);
			case "standingHours" ->
				new CheckIn(TONIGHT, null, null, null, number, null, null, null, null, null, null, null);
			case "sittingHours" ->
				new CheckIn(TONIGHT, null, null, null, null, number, null, null, null, null, null, null);
			case "potassiumFoodServings" ->
				new CheckIn(TONIGHT, null, null, null, null, null, null, null, null, whole, null, null);
			default -> throw new IllegalArgumentException(field);
		};
	}

}
