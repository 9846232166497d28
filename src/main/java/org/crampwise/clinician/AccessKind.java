package org.crampwise.clinician;

/** What a clinician opened. */
public enum AccessKind {

	/** The patient's page in the workspace (report summary and insights). */
	PAGE,

	/** The clinician PDF report. */
	REPORT_PDF,

	/** Episodes as CSV. */
	EPISODES_CSV,

	/** Check-ins as CSV. */
	CHECKINS_CSV,

	/** The FHIR R4 bundle. */
	FHIR_BUNDLE

}
