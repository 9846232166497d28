package org.crampwise.clinician;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.crampwise.account.AccountId;
import org.crampwise.export.ExportDownloads;
import org.crampwise.export.ExportFormat;
import org.crampwise.export.ExportRange;
import org.crampwise.export.ExportService;

/**
 * A patient's exports for a clinician: the export module's own builders (the patient's report, CSV and FHIR), after
 * the grant is checked and the access recorded in the patient's audit trail.
 */
@Component
class ClinicianExports {

	private static final Map<ExportFormat, AccessKind> KINDS = Map.of(ExportFormat.REPORT_PDF, AccessKind.REPORT_PDF,
			ExportFormat.EPISODES_CSV, AccessKind.EPISODES_CSV, ExportFormat.CHECKINS_CSV, AccessKind.CHECKINS_CSV,
			ExportFormat.FHIR_BUNDLE, AccessKind.FHIR_BUNDLE);

	private final CareTeam careTeam;

	private final ExportService exports;

	private final ExportDownloads downloads;

	ClinicianExports(CareTeam careTeam, ExportService exports, ExportDownloads downloads) {
		this.careTeam = careTeam;
		this.exports = exports;
		this.downloads = downloads;
	}

	/**
	 * Checks the grant (404 without one), the range (400), records the access, then sends the file.
	 */
	void send(AccountId clinician, long patientId, ExportFormat format, @Nullable LocalDate from,
			@Nullable LocalDate to, Locale locale, HttpServletResponse response) throws IOException {
		this.careTeam.requireGrant(clinician, patientId);
		AccountId patient = new AccountId(patientId);
		ExportRange range = this.exports.range(patient, from, to);
		this.careTeam.recordAccess(clinician, patientId, KINDS.get(format), range.from(), range.to());
		this.downloads.send(format, patient, range, locale, response);
	}

}
