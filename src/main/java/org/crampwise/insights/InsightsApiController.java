package org.crampwise.insights;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.crampwise.account.AccountId;

/** {@code /api/v1/insights}: which factors coincide with the signed-in user's cramp nights, honestly. */
@RestController
@Tag(name = "Insights", description = "Per factor at lag 0 and 1: counts, rates with Wilson intervals, a stratified "
		+ "risk ratio widened for persistence, Benjamini-Hochberg, and a verdict (see docs/insights.md).")
class InsightsApiController {

	private final InsightsService insights;

	InsightsApiController(InsightsService insights) {
		this.insights = insights;
	}

	@GetMapping(path = "/api/v1/insights", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The user's insights over a range of nights",
			description = "Default: the last 365 nights ending last night; at most 1096 nights. Unknown nights "
					+ "(no episode, no \"no cramps\") are never counted as cramp-free.")
	@ApiResponse(responseCode = "200", description = "Factors, medications, weeks, hours and reliefs")
	@ApiResponse(responseCode = "400", description = "A bad date, a reversed range or one over 1096 nights: "
			+ "an errors array names the field", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	Insights insights(@Parameter(hidden = true) AccountId me,
			@Parameter(description = "First night, YYYY-MM-DD") @RequestParam(
					required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
			@Parameter(description = "Last night, YYYY-MM-DD (default: last night)") @RequestParam(
					required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate to) {
		return this.insights.insights(me, from, to);
	}

}
