package org.crampwise.system;

import org.jspecify.annotations.Nullable;

/**
 * A request that is well formed but clashes with the current state, such as a username that is already taken.
 * Answered as {@code 409}. Its {@link #problem()} is a message code with arguments, resolved in the reader's
 * language by the API's problem handler and by the page that shows it.
 */
public class ConflictException extends RuntimeException {

	private final FieldProblem problem;

	/**
	 * @deprecated build English nowhere in Java: use {@link #ConflictException(FieldProblem)}.
	 */
	@Deprecated
	public ConflictException(String field, String message) {
		super(message);
		this.problem = new FieldProblem(field, message);
	}

	public ConflictException(FieldProblem problem) {
		super(problem.toString());
		this.problem = problem;
	}

	public String field() {
		return this.problem.field();
	}

	public FieldProblem problem() {
		return this.problem;
	}

	/** The message code, or null for a conflict of the deprecated text form. */
	public @Nullable String code() {
		return this.problem.code();
	}

}
