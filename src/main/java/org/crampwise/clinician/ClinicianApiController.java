package org.crampwise.clinician;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.crampwise.account.AccountId;
import org.crampwise.export.ExportFormat;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.Paging;

/**
 * {@code /api/v1/clinician/...}: a clinician's invites, patients and their exports. Only a clinician account gets
 * here (the security chain answers a patient 403); a patient who did not grant access, or revoked it, is a 404 like
 * a missing one, checked in the database on every call.
 */
@RestController
@RequestMapping("/api/v1/clinician")
@Tag(name = "Clinicians", description = "The clinician workspace: invite codes, the patients who granted access "
		+ "(most urgent first), their exports, magnesium agreed and a note. Clinician accounts only (docs/clinicians.md).")
@ApiResponse(responseCode = "403", description = "Not a clinician account, or a cross-site request, or a cookie "
		+ "call without its CSRF token", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
class ClinicianApiController {

	private final CareTeam careTeam;

	private final PatientList patients;

	private final ClinicianExports exports;

	ClinicianApiController(CareTeam careTeam, PatientList patients, ClinicianExports exports) {
		this.careTeam = careTeam;
		this.patients = patients;
		this.exports = exports;
	}

	@PostMapping("/invites")
	@Operation(summary = "Make an invite code", description = "A short code (K7PQ-M2XD) to give a patient: single "
			+ "use, it expires in 14 days; only its hash is stored, so it is shown this once.")
	@ApiResponse(responseCode = "201", description = "The code")
	ResponseEntity<InviteResponse> invite(@Parameter(hidden = true) AccountId me) {
		CareTeam.Invite invite = this.careTeam.createInvite(me);
		return ResponseEntity.created(URI.create("/api/v1/clinician/invites"))
			.body(new InviteResponse(invite.code(), invite.expiresAt()));
	}

	@GetMapping("/patients")
	@Operation(summary = "The patients who granted access, most urgent first", description = "Red flags with "
			+ "urgency (the advice engine's, last 14 nights), then the rise in cramp nights a week (last 4 weeks "
			+ "against the 8 before, with 95% intervals), check-in completeness (last 28 nights), last logged night, "
			+ "medication starts of the last 12 weeks, the latest experiment (status, decision and, once finished, "
			+ "its stored verdict) and a 12-week strip. q filters by name.")
	@ApiResponse(responseCode = "200", description = "A page of patients")
	PatientPage patients(@Parameter(hidden = true) AccountId me,
			@Parameter(description = "0-based page") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "1..500") @RequestParam(defaultValue = "50") int size,
			@Parameter(description = "Part of a name") @RequestParam(required = false) @Nullable String q) {
		Paging.of(page, size);
		List<PatientRow> all = this.patients.patients(me, q);
		int from = (int) Math.min((long) page * size, all.size());
		int to = (int) Math.min((long) from + size, all.size());
		return new PatientPage(all.subList(from, to), page, size, all.size());
	}

	@GetMapping("/patients/{patientId}/report.pdf")
	@Operation(summary = "A patient's clinician report as PDF", description = "The patient's own report, for any "
			+ "range (from/to as the patient's exports). Recorded in the patient's access list.")
	@ApiResponse(responseCode = "200", description = "The PDF",
			content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "404", description = "No such patient, or one who did not grant access (or revoked it)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	void report(@Parameter(hidden = true) AccountId me, @PathVariable long patientId,
			@ParameterObject Nights nights, @Parameter(hidden = true) Locale locale, HttpServletResponse response)
			throws IOException {
		this.exports.send(me, patientId, ExportFormat.REPORT_PDF, nights.from(), nights.to(), locale, response);
	}

	@GetMapping("/patients/{patientId}/episodes.csv")
	@Operation(summary = "A patient's episodes as CSV", description = "As the patient's own export. Recorded in the "
			+ "patient's access list.")
	@ApiResponse(responseCode = "200", description = "The CSV file",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "404", description = "No such patient, or one who did not grant access (or revoked it)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	void episodes(@Parameter(hidden = true) AccountId me, @PathVariable long patientId,
			@ParameterObject Nights nights, @Parameter(hidden = true) Locale locale, HttpServletResponse response)
			throws IOException {
		this.exports.send(me, patientId, ExportFormat.EPISODES_CSV, nights.from(), nights.to(), locale, response);
	}

	@GetMapping("/patients/{patientId}/checkins.csv")
	@Operation(summary = "A patient's check-ins as CSV", description = "As the patient's own export. Recorded in the "
			+ "patient's access list.")
	@ApiResponse(responseCode = "200", description = "The CSV file",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "404", description = "No such patient, or one who did not grant access (or revoked it)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	void checkIns(@Parameter(hidden = true) AccountId me, @PathVariable long patientId,
			@ParameterObject Nights nights, @Parameter(hidden = true) Locale locale, HttpServletResponse response)
			throws IOException {
		this.exports.send(me, patientId, ExportFormat.CHECKINS_CSV, nights.from(), nights.to(), locale, response);
	}

	@GetMapping("/patients/{patientId}/fhir")
	@Operation(summary = "A patient's FHIR R4 bundle", description = "As the patient's own export. Recorded in the "
			+ "patient's access list.")
	@ApiResponse(responseCode = "200", description = "The bundle",
			content = @Content(mediaType = "application/fhir+json", schema = @Schema(type = "object")))
	@ApiResponse(responseCode = "404", description = "No such patient, or one who did not grant access (or revoked it)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	void fhir(@Parameter(hidden = true) AccountId me, @PathVariable long patientId, @ParameterObject Nights nights,
			@Parameter(hidden = true) Locale locale, HttpServletResponse response) throws IOException {
		this.exports.send(me, patientId, ExportFormat.FHIR_BUNDLE, nights.from(), nights.to(), locale, response);
	}

	@PutMapping(path = "/patients/{patientId}/magnesium-agreed", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record magnesium agreed for a patient", description = "true lets the patient start a "
			+ "magnesium experiment; false takes it back. Ends with the grant.")
	@ApiResponse(responseCode = "200", description = "Stored")
	@ApiResponse(responseCode = "404", description = "No such patient, or one who did not grant access (or revoked it)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	MagnesiumAgreed magnesium(@Parameter(hidden = true) AccountId me, @PathVariable long patientId,
			@RequestBody MagnesiumAgreed body) {
		if (body.agreed() == null) {
			throw new InvalidInputException("agreed", "is required: true or false");
		}
		this.careTeam.agreeMagnesium(me, patientId, body.agreed());
		return body;
	}

	@PutMapping(path = "/patients/{patientId}/note", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Write a short note to a patient", description = "At most 500 characters, shown on the "
			+ "patient's tips page; an empty or null note removes it.")
	@ApiResponse(responseCode = "200", description = "Stored")
	@ApiResponse(responseCode = "404", description = "No such patient, or one who did not grant access (or revoked it)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	NoteBody note(@Parameter(hidden = true) AccountId me, @PathVariable long patientId, @RequestBody NoteBody body) {
		if (body.note() != null && body.note().strip().length() > ClinicianNotes.MAX_LENGTH) {
			throw new InvalidInputException("note", "must be at most " + ClinicianNotes.MAX_LENGTH + " characters");
		}
		this.careTeam.writeNote(me, patientId, body.note());
		return body;
	}

	record InviteResponse(String code, Instant expiresAt) {
	}

	record PatientPage(List<PatientRow> items, int page, int size, int total) {
	}

	record MagnesiumAgreed(@Nullable Boolean agreed) {
	}

	record NoteBody(@Nullable String note) {
	}

	/**
	 * The range of an export.
	 *
	 * @param from the first night, inclusive (default: the patient's first logged night)
	 * @param to the last night, inclusive (default: the patient's tonight)
	 */
	record Nights(@Parameter(description = "First night, YYYY-MM-DD") @Nullable LocalDate from,
			@Parameter(description = "Last night, YYYY-MM-DD") @Nullable LocalDate to) {
	}

}
