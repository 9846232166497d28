package org.crampwise.export;

/**
 * The files an export or a share link offers, with their media type and file name.
 */
public enum ExportFormat {

	/** Episodes as CSV. */
	EPISODES_CSV("episodes.csv", "text/csv; charset=UTF-8", "episodes", "csv"),

	/** Check-ins as CSV. */
	CHECKINS_CSV("checkins.csv", "text/csv; charset=UTF-8", "checkins", "csv"),

	/** The clinician report. */
	REPORT_PDF("report.pdf", "application/pdf", "report", "pdf"),

	/** The FHIR R4 bundle. */
	FHIR_BUNDLE("fhir", "application/fhir+json; charset=UTF-8", "fhir", "json");

	private final String path;

	private final String contentType;

	private final String name;

	private final String extension;

	ExportFormat(String path, String contentType, String name, String extension) {
		this.path = path;
		this.contentType = contentType;
		this.name = name;
		this.extension = extension;
	}

	/** The last segment of the file's URL: {@code episodes.csv}, {@code report.pdf}, {@code fhir}. */
	public String path() {
		return this.path;
	}

	/** The {@code Content-Type} the file is sent with. */
	public String contentType() {
		return this.contentType;
	}

	/** The name the file is saved under: {@code crampwise-episodes-2026-08-30-to-2026-11-27.csv}. */
	public String fileName(ExportRange range) {
		return "crampwise-" + this.name + "-" + range.slug() + "." + this.extension;
	}

	/** Whether this is one of the CSV files. */
	public boolean isCsv() {
		return this == EPISODES_CSV || this == CHECKINS_CSV;
	}

}
