package org.crampwise.system;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * The bounds of every paged list, API and pages alike: {@code page} from 0 to {@link #MAX_PAGE}, {@code size} from 1
 * to {@link #MAX_SIZE}. A page past the last one is empty (with the true {@code total}); a page number outside the
 * bounds is a 400 naming {@code page}, never an offset that overflows the database query.
 */
public final class Paging {

	/** Far beyond any diary (a million pages of 500), and small enough that page × size always fits an int. */
	public static final int MAX_PAGE = 1_000_000;

	public static final int MAX_SIZE = 500;

	private Paging() {
	}

	/** The problems of a page request: none, or one per bad parameter. */
	public static List<FieldProblem> problems(int page, int size) {
		List<FieldProblem> problems = new ArrayList<>();
		if (page < 0 || page > MAX_PAGE) {
			problems.add(FieldProblem.of("page", "problem.between", "0", Integer.toString(MAX_PAGE)));
		}
		if (size < 1 || size > MAX_SIZE) {
			problems.add(FieldProblem.of("size", "problem.between", "1", Integer.toString(MAX_SIZE)));
		}
		return problems;
	}

	/**
	 * A checked page request.
	 * @throws InvalidInputException naming {@code page} and/or {@code size} when out of bounds
	 */
	public static Pageable of(int page, int size) {
		List<FieldProblem> problems = problems(page, size);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return PageRequest.of(page, size);
	}

	/** A page number from a page's link, brought within bounds (a page past the end then shows as empty). */
	public static int clamp(int page) {
		return Math.max(0, Math.min(page, MAX_PAGE));
	}

}
