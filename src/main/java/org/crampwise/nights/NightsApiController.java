package org.crampwise.nights;

import java.time.LocalDate;
import java.util.List;

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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.crampwise.account.AccountId;

/** {@code /api/v1/nights}: what is known about each of the signed-in user's nights. */
@RestController
@RequestMapping(path = "/api/v1/nights", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Nights", description = "A night is known when it has an episode (CRAMPS) or the user said it had none "
		+ "(NO_CRAMPS); otherwise it is UNKNOWN, and no statistic counts it as cramp-free.")
@ApiResponse(responseCode = "400", description = "Invalid input: an errors array names each bad field",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(
		mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class NightsApiController {

	private final NightService nights;

	NightsApiController(NightService nights) {
		this.nights = nights;
	}

	@PutMapping("/{nightOf}/no-cramps")
	@Operation(summary = "Say a night had no cramps",
			description = "Idempotent. Logging an episode on the night later removes the mark.")
	@ApiResponse(responseCode = "200", description = "The night, now NO_CRAMPS")
	@ApiResponse(responseCode = "409", description = "That night has episodes", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	MarkResponse markNoCramps(@Parameter(hidden = true) AccountId me,
			@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate nightOf) {
		Night night = this.nights.markNoCramps(me, nightOf);
		return new MarkResponse(night.nightOf(), night.status());
	}

	@DeleteMapping("/{nightOf}/no-cramps")
	@Operation(summary = "Take back a \"no cramps\" mark", description = "The night becomes UNKNOWN again "
			+ "(or stays CRAMPS). Answers 204 whether or not there was a mark.")
	@ApiResponse(responseCode = "204", description = "No mark any more")
	ResponseEntity<Void> unmarkNoCramps(@Parameter(hidden = true) AccountId me,
			@PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate nightOf) {
		this.nights.unmarkNoCramps(me, nightOf);
		return ResponseEntity.noContent().build();
	}

	@GetMapping
	@Operation(summary = "Every night of a range, newest first",
			description = "A range, not a page: one item per night. Default: the last 30 nights ending tonight; "
					+ "at most 400 nights.")
	@ApiResponse(responseCode = "200", description = "items: nightOf, status, episodes, checkIn, copiedFromPrevious")
	NightsResponse list(@Parameter(hidden = true) AccountId me,
			@Parameter(description = "First night, YYYY-MM-DD (default: 29 nights before to)") @RequestParam(
					required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
			@Parameter(description = "Last night, YYYY-MM-DD (default: tonight)") @RequestParam(
					required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate to) {
		LocalDate last = (to != null) ? to : this.nights.tonight(me);
		LocalDate first = (from != null) ? from : last.minusDays(NightService.DEFAULT_RANGE_NIGHTS - 1);
		return new NightsResponse(this.nights.nights(me, first, last));
	}

	/** The answer to a mark. */
	record MarkResponse(LocalDate nightOf, NightStatus status) {
	}

	/** The nights of a range. */
	record NightsResponse(List<Night> items) {
	}

}
