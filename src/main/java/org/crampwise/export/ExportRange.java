package org.crampwise.export;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.context.support.MessageSourceAccessor;

import org.crampwise.system.FieldProblem;
import org.crampwise.system.InvalidInputException;

/**
 * A range of nights, both ends included, as every export, report and share link covers it. Nights follow
 * {@link org.crampwise.system.NightRule}: the night of the 19th holds a cramp at 02:00 on the 20th.
 *
 * @param from the first night
 * @param to the last night, not before {@code from}
 */
public record ExportRange(LocalDate from, LocalDate to) {

	/** The longest range: three years of nights (1096, one leap day included). */
	public static final int MAX_NIGHTS = 1096;

	/** The earliest night a range may start on (the diary and check-ins start there too). */
	public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	public ExportRange {
		if (from.isAfter(to)) {
			throw new IllegalArgumentException("from " + from + " is after to " + to);
		}
	}

	/**
	 * The range a user asked for: {@code to} defaults to tonight and {@code from} to the nights that exist: the
	 * user's first logged night (at most {@value #MAX_NIGHTS} nights before {@code to}; {@code to} itself when
	 * nothing was logged before it), so two weeks of diary make a two-week report, not a thin 90-night one.
	 * @param tonight the night the user is in now (their zone, the application's clock)
	 * @param firstLogged the user's earliest night with an episode or a check-in, null when none
	 * @param messages no longer used: the problems are message codes, resolved where they are shown
	 * @throws InvalidInputException naming each bad end: before 1900, after tonight, {@code to} before {@code from},
	 * or more than {@value #MAX_NIGHTS} nights
	 */
	public static ExportRange of(@Nullable LocalDate from, @Nullable LocalDate to, LocalDate tonight,
			@Nullable LocalDate firstLogged, MessageSourceAccessor messages) {
		LocalDate last = (to != null) ? to : tonight;
		LocalDate first = (from != null) ? from : defaultFrom(last, firstLogged);
		List<FieldProblem> problems = new ArrayList<>();
		if (from != null && from.isBefore(EARLIEST)) {
			problems.add(FieldProblem.of("from", "export.range.early", EARLIEST));
		}
		if (to != null && to.isBefore(EARLIEST)) {
			problems.add(FieldProblem.of("to", "export.range.early", EARLIEST));
		}
		else if (to != null && to.isAfter(tonight)) {
			problems.add(FieldProblem.of("to", "export.range.future", tonight));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (first.isAfter(last)) {
			problems.add((to != null) ? FieldProblem.of("to", "export.range.reversed")
					: FieldProblem.of("from", "export.range.future", tonight));
		}
		else if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_NIGHTS) {
			problems.add(FieldProblem.of("from", "export.range.long", MAX_NIGHTS));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new ExportRange(first, last);
	}

	private static LocalDate defaultFrom(LocalDate last, @Nullable LocalDate firstLogged) {
		if (firstLogged == null || firstLogged.isAfter(last)) {
			return last;
		}
		LocalDate earliest = last.minusDays(MAX_NIGHTS - 1);
		return firstLogged.isBefore(earliest) ? earliest : firstLogged;
	}

	/** How many nights the range holds (1 when from equals to). */
	public int nights() {
		return (int) ChronoUnit.DAYS.between(this.from, this.to) + 1;
	}

	/** Whether the night is one of the range's. */
	public boolean contains(LocalDate night) {
		return !night.isBefore(this.from) && !night.isAfter(this.to);
	}

	/** The range as it appears in file names: {@code 2026-08-30-to-2026-11-27}. */
	public String slug() {
		return this.from + "-to-" + this.to;
	}

}
