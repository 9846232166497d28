package org.crampwise.archive;

/**
 * One bad row of an import.
 *
 * @param file the part it came in: {@code episodes}, {@code checkins} or {@code nights}
 * @param row the record number in that file, the header being row 1
 * @param field the column
 * @param message what is wrong, in the reader's language
 */
record ImportProblem(String file, int row, String field, String message) {
}
