package org.crampwise.archive;

import org.jspecify.annotations.Nullable;

/**
 * What an import added (or, as a dry run, would add), per file; {@code null} for a file not sent.
 *
 * @param episodes the rows of {@code episodes.csv}
 * @param checkins the rows of {@code checkins.csv}
 * @param nights the rows of {@code nights.csv}
 * @param dryRun whether nothing was stored
 */
record ImportResult(@Nullable Counts episodes, @Nullable Counts checkins, @Nullable Counts nights, boolean dryRun) {

	/**
	 * The rows of one file.
	 *
	 * @param added new rows
	 * @param unchanged rows equal in every field (the id aside) to a stored one
	 * @param replaced rows that replaced a different stored one of their night ({@code replace=true} only)
	 */
	record Counts(int added, int unchanged, int replaced) {
	}

}
