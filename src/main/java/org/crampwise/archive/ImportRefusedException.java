package org.crampwise.archive;

import java.util.List;

/**
 * An import refused whole: nothing was stored. Carries the first {@value ImportService#MAX_LISTED} problems and
 * how many there were.
 */
class ImportRefusedException extends RuntimeException {

	private final transient List<ImportProblem> problems;

	private final int total;

	ImportRefusedException(List<ImportProblem> problems, int total) {
		super(total + " problems in the imported files");
		this.problems = List.copyOf(problems);
		this.total = total;
	}

	List<ImportProblem> problems() {
		return this.problems;
	}

	int total() {
		return this.total;
	}

}
