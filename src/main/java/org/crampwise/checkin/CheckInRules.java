package org.crampwise.checkin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.crampwise.system.FieldProblem;

/**
 * The one set of rules a check-in must meet, for the API and the page alike: the contract's ranges, the hours since
 * the last drink only with drinks, at most 24 hours of standing and sitting together, and no night after tonight.
 * Each problem names the API field it concerns.
 */
@Component
class CheckInRules {

	static final int MAX_WATER_ML = 10_000;

	static final int MAX_DRINKS = 30;

	static final double MAX_HOURS = 24;

	static final int MAX_POTASSIUM_SERVINGS = 20;

	private final MessageSource messages;

	CheckInRules(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param checkIn the answers to check
	 * @param tonight the user's current night; later nights have not happened yet
	 * @return one problem per bad field, empty when the check-in may be stored
	 */
	List<FieldProblem> problems(CheckIn checkIn, LocalDate tonight) {
		List<FieldProblem> problems = new ArrayList<>();
		if (checkIn.nightOf().isAfter(tonight)) {
			problems.add(problem("nightOf", "checkin.error.future", tonight));
		}
		if (checkIn.waterMl() != null && (checkIn.waterMl() < 0 || checkIn.waterMl() > MAX_WATER_ML)) {
			problems.add(problem("waterMl", "checkin.error.water", plain(MAX_WATER_ML),
					plain(MAX_WATER_ML / WaterUnit.GLASS_ML)));
		}
		range(problems, "alcoholDrinks", checkIn.alcoholDrinks(), 0, MAX_DRINKS);
		if (!range(problems, "hoursFromLastDrinkToBed", checkIn.hoursFromLastDrinkToBed(), 0, MAX_HOURS)
				&& checkIn.hoursFromLastDrinkToBed() != null
				&& (checkIn.alcoholDrinks() == null || checkIn.alcoholDrinks() <= 0)) {
			problems.add(problem("hoursFromLastDrinkToBed", "checkin.error.hoursWithoutDrinks"));
		}
		boolean standingBad = range(problems, "standingHours", checkIn.standingHours(), 0, MAX_HOURS);
		boolean sittingBad = range(problems, "sittingHours", checkIn.sittingHours(), 0, MAX_HOURS);
		if (!standingBad && !sittingBad && checkIn.standingHours() != null && checkIn.sittingHours() != null
				&& checkIn.standingHours() + checkIn.sittingHours() > MAX_HOURS) {
			problems.add(problem("sittingHours", "checkin.error.dayTooLong"));
		}
		range(problems, "potassiumFoodServings", checkIn.potassiumFoodServings(), 0, MAX_POTASSIUM_SERVINGS);
		return problems;
	}

	/** The problem of a body whose {@code nightOf} is not the night of the path it was sent to. */
	FieldProblem nightMismatch(LocalDate pathNight) {
		return problem("nightOf", "checkin.error.nightMismatch", pathNight.toString());
	}

	/** A problem when a range of nights ends before it starts. */
	List<FieldProblem> problemsOfRange(LocalDate from, LocalDate to) {
		return from.isAfter(to) ? List.of(problem("to", "checkin.error.toBeforeFrom")) : List.of();
	}

	/** Adds a problem when the value is given but out of range (NaN included); says whether it did. */
	private boolean range(List<FieldProblem> problems, String field, @Nullable Number value, Number min, Number max) {
		if (value == null) {
			return false;
		}
		double v = value.doubleValue();
		if (v >= min.doubleValue() && v <= max.doubleValue()) {
			return false;
		}
		problems.add(problem(field, "checkin.error.range", plain(min), plain(max)));
		return true;
	}

	/** 24 as "24" and 0.5 as "0.5", without grouping, the same in the API and on the page. */
	private static String plain(Number number) {
		double value = number.doubleValue();
		return (value == Math.rint(value)) ? Long.toString((long) value) : Double.toString(value);
	}

	private FieldProblem problem(String field, String key, Object... args) {
		return FieldProblem.of(field, key, args);
	}

}
