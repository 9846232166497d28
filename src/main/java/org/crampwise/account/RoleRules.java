package org.crampwise.account;

/**
 * Which role may call what, request by request (docs/clinicians.md). A clinician has no diary: the patient's own
 * data endpoints and pages answer it {@code 403}; a patient never reaches the clinician workspace ({@code 403}).
 * Account pages (password, devices, recovery codes, tokens) and the public pages are for both. Each chain of
 * {@link SecurityConfiguration} applies these before "authenticated".
 */
final class RoleRules {

	/** The clinician workspace's API. */
	static final String[] CLINICIAN_API = { "/api/v1/clinician", "/api/v1/clinician/**" };

	/** The clinician workspace's pages. */
	static final String[] CLINICIAN_PAGES = { "/clinician", "/clinician/**" };

	/** The patient's own data: a clinician has none. */
	static final String[] PATIENT_API = { "/api/v1/episodes", "/api/v1/episodes/**", "/api/v1/checkins",
			"/api/v1/checkins/**", "/api/v1/nights", "/api/v1/nights/**", "/api/v1/profile", "/api/v1/profile/**",
			"/api/v1/medications", "/api/v1/medications/**", "/api/v1/experiments", "/api/v1/experiments/**",
			"/api/v1/care-team", "/api/v1/care-team/**", "/api/v1/advice", "/api/v1/advice/**", "/api/v1/insights",
			"/api/v1/insights/**", "/api/v1/export", "/api/v1/export/**", "/api/v1/shares", "/api/v1/shares/**",
			"/api/v1/import", "/api/v1/import/**", "/api/v1/reminders", "/api/v1/reminders/**" };

	/** The patient's own pages. */
	static final String[] PATIENT_PAGES = { "/cramp-now", "/cramp-now/**", "/episodes", "/episodes/**", "/checkin",
			"/checkin/**", "/nights/**", "/calendar", "/calendar/**", "/profile", "/profile/medications",
			"/profile/medications/**", "/tips", "/insights", "/export", "/export/**", "/experiments",
			"/experiments/**", "/care-team", "/care-team/**", "/urgent-flags/**", "/import", "/import/**", "/reminders" };

	private RoleRules() {
	}

}
