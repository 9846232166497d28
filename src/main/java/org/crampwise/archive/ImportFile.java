package org.crampwise.archive;

import java.util.Arrays;
import java.util.Optional;

/** The files an import takes, by the name of their multipart part (and of the file in the archive). */
enum ImportFile {

	EPISODES("episodes", "episodes.csv"), CHECKINS("checkins", "checkins.csv"), NIGHTS("nights", "nights.csv");

	private final String part;

	private final String fileName;

	ImportFile(String part, String fileName) {
		this.part = part;
		this.fileName = fileName;
	}

	/** The multipart part and the {@code file} of a problem: {@code episodes}, {@code checkins}, {@code nights}. */
	String part() {
		return this.part;
	}

	/** The file's name in the archive. */
	String fileName() {
		return this.fileName;
	}

	static Optional<ImportFile> ofPart(String part) {
		return Arrays.stream(values()).filter(file -> file.part.equals(part)).findFirst();
	}

}
