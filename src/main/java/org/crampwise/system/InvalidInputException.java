package org.crampwise.system;

import java.util.List;

/**
 * Input that passed JSON or form binding but breaks a rule of the domain. Answered as {@code 400} with one
 * {@link FieldProblem} per bad field. Throw it before anything is written, so nothing of a rejected request is stored.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super(describe(problems));
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	/**
	 * @deprecated build English nowhere in Java: use {@link #of(String, String, Object...)} with a bundle key.
	 */
	@Deprecated
	public InvalidInputException(String field, String message) {
		this(List.of(new FieldProblem(field, message)));
	}

	/** One bad field, as a message code with its arguments ({@link FieldProblem#of}). */
	public static InvalidInputException of(String field, String code, Object... arguments) {
		return new InvalidInputException(List.of(FieldProblem.of(field, code, arguments)));
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

	private static String describe(List<FieldProblem> problems) {
		StringBuilder text = new StringBuilder("invalid input:");
		problems.forEach(p -> text.append(' ').append(p.field()).append(" (").append(p.message()).append(')'));
		return text.toString();
	}

}
