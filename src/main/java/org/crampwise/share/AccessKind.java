package org.crampwise.share;

/** What a clinician opened through a share link (the API's {@code what}). */
enum AccessKind {

	/** The review page. */
	VIEW,

	/** A CSV file (episodes or check-ins). */
	CSV,

	/** The PDF report. */
	PDF,

	/** The FHIR bundle. */
	FHIR

}
