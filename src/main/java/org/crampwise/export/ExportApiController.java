package org.crampwise.export;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.crampwise.account.AccountId;

/**
 * {@code /api/v1/export/...}: the signed-in user's episodes and check-ins as CSV, the clinician report as PDF and
 * the FHIR R4 bundle, each for a range of nights ({@code from}/{@code to}, both optional, inclusive; default the
 * first logged night to tonight). The range is checked before a byte is written, so a bad one is a 400 problem.
 */
@RestController
@RequestMapping("/api/v1/export")
@Tag(name = "Exports", description = "The user's data for a clinician: CSV, PDF report, FHIR R4 bundle. from/to "
		+ "filter on nightOf, both inclusive; default from the first logged night (an episode or a check-in) to tonight (the user's zone); at most "
		+ "1096 nights.")
@ApiResponse(responseCode = "400", description = "A bad range: an errors array names from or to",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(
		mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class ExportApiController {

	private final ExportService exports;

	private final ExportDownloads downloads;

	ExportApiController(ExportService exports, ExportDownloads downloads) {
		this.exports = exports;
		this.downloads = downloads;
	}

	@GetMapping("/episodes.csv")
	@Operation(summary = "Episodes as CSV", description = "RFC 4180, a header row of the contract's field names, one "
			+ "row per episode, newest first; codes of a multi-valued field joined by |. See docs/exports.md.")
	@ApiResponse(responseCode = "200", description = "The CSV file",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	void episodes(@Parameter(hidden = true) AccountId me, @Parameter(hidden = true) Locale locale,
			@ParameterObject Nights nights, HttpServletResponse response) throws IOException {
		send(ExportFormat.EPISODES_CSV, me, nights, locale, response);
	}

	@GetMapping("/checkins.csv")
	@Operation(summary = "Check-ins as CSV", description = "RFC 4180, a header row, one row per check-in, newest "
			+ "first; an empty cell is a question not answered.")
	@ApiResponse(responseCode = "200", description = "The CSV file",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	void checkIns(@Parameter(hidden = true) AccountId me, @Parameter(hidden = true) Locale locale,
			@ParameterObject Nights nights, HttpServletResponse response) throws IOException {
		send(ExportFormat.CHECKINS_CSV, me, nights, locale, response);
	}

	@GetMapping("/report.pdf")
	@Operation(summary = "The clinician report as PDF", description = "Page one: the summary, red flags, "
			+ "medications and coinciding factors; then a chart of episodes over time and the episode table.")
	@ApiResponse(responseCode = "200", description = "The PDF",
			content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
	void report(@Parameter(hidden = true) AccountId me, @Parameter(hidden = true) Locale locale,
			@ParameterObject Nights nights, HttpServletResponse response) throws IOException {
		send(ExportFormat.REPORT_PDF, me, nights, locale, response);
	}

	@GetMapping("/fhir")
	@Operation(summary = "A FHIR R4 Bundle (collection)", description = "Patient (pseudonymous), one Observation "
			+ "per episode (HL7 Symptoms IG), a MedicationStatement per medication, and a Provenance.")
	@ApiResponse(responseCode = "200", description = "The bundle",
			content = @Content(mediaType = "application/fhir+json", schema = @Schema(type = "object")))
	void fhir(@Parameter(hidden = true) AccountId me, @Parameter(hidden = true) Locale locale,
			@ParameterObject Nights nights, HttpServletResponse response) throws IOException {
		send(ExportFormat.FHIR_BUNDLE, me, nights, locale, response);
	}

	private void send(ExportFormat format, AccountId me, Nights nights, Locale locale, HttpServletResponse response)
			throws IOException {
		ExportRange range = this.exports.range(me, nights.from(), nights.to());
		this.downloads.send(format, me, range, locale, response);
	}

	/**
	 * The range every export takes, from the query string.
	 *
	 * @param from the first night, inclusive (default: the first logged night)
	 * @param to the last night, inclusive (default: tonight)
	 */
	record Nights(@Parameter(description = "First night, YYYY-MM-DD") @Nullable LocalDate from,
			@Parameter(description = "Last night, YYYY-MM-DD") @Nullable LocalDate to) {
	}

}
