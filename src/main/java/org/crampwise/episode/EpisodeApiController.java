package org.crampwise.episode;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.crampwise.account.AccountId;
import org.crampwise.system.ResourceNotFoundException;

/**
 * {@code /api/v1/episodes}: the {@code CrampEpisode} resource and the "cramp now" timer, as the API contract
 * describes them. Every rule lives in {@link EpisodeService}; this class only translates.
 */
@RestController
@RequestMapping(path = "/api/v1/episodes", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cramp episodes", description = "Log, read, correct and delete cramp episodes, and time one with the "
		+ "\"cramp now\" timer. nightOf = the local date of (startedAt minus 12 hours); daytime = local start from "
		+ "10:00 to 20:00.")
@ApiResponse(responseCode = "400", description = "Invalid input: an errors array names each bad field",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(
		mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class EpisodeApiController {

	static final String BASE = "/api/v1/episodes";

	private final EpisodeService episodes;

	private final TimedEpisodes timed;

	EpisodeApiController(EpisodeService episodes, TimedEpisodes timed) {
		this.episodes = episodes;
		this.timed = timed;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Log an episode",
			description = "Every rule of input gives a 400 naming the field: intensity outside 0..10, duration "
					+ "outside 1..86400, a start more than 5 minutes in the future, unknown codes, helpedMost not "
					+ "among reliefsTried, notes over 2000 characters. A body over 64 KB is a 413. Nothing of a "
					+ "rejected request is stored.")
	@ApiResponse(responseCode = "201", description = "Logged; Location names the new episode")
	@ApiResponse(responseCode = "413", description = "Body over 64 KB", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<EpisodeResponse> log(@Parameter(hidden = true) AccountId me, @RequestBody EpisodeRequest body) {
		Episode episode = this.episodes.log(me, body.toDraft());
		return ResponseEntity.created(location(episode)).body(EpisodeResponse.of(episode));
	}

	@GetMapping
	@Operation(summary = "List episodes, newest first",
			description = "Newest night first, then latest start. from/to filter on nightOf, both inclusive and "
					+ "optional.")
	@ApiResponse(responseCode = "200", description = "A page: items, page, size, total")
	EpisodePageResponse list(@Parameter(hidden = true) AccountId me,
			@Parameter(description = "First night, YYYY-MM-DD") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@Parameter(description = "Last night, YYYY-MM-DD") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@Parameter(description = "Page number, 0..1000000; past the last page, an empty page") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Page size, 1..500") @RequestParam(defaultValue = "50") int size) {
		return EpisodePageResponse.of(this.episodes.page(me, from, to, page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read an episode")
	@ApiResponse(responseCode = "200", description = "The episode")
	@ApiResponse(responseCode = "404", description = "No such episode, or another user's", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	EpisodeResponse show(@Parameter(hidden = true) AccountId me, @PathVariable long id) {
		return EpisodeResponse.of(this.episodes.find(me, id));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Correct an episode",
			description = "Replaces every field; the rules are those of POST. Also how an episode saved by the timer "
					+ "gets its intensity, muscle and side.")
	@ApiResponse(responseCode = "200", description = "The corrected episode")
	@ApiResponse(responseCode = "404", description = "No such episode, or another user's", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	EpisodeResponse correct(@Parameter(hidden = true) AccountId me, @PathVariable long id,
			@RequestBody EpisodeRequest body) {
		return EpisodeResponse.of(this.episodes.correct(me, id, body.toDraft()));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete an episode")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "404", description = "No such episode, or another user's", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<Void> delete(@Parameter(hidden = true) AccountId me, @PathVariable long id) {
		this.episodes.delete(me, id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/timer")
	@Operation(summary = "Start the \"cramp now\" timer",
			description = "One timer per user, kept on the server. Idempotent: while one runs, a second start "
					+ "changes nothing and answers 200 with the running timer's start (the cramp began at the first "
					+ "tap).")
	@ApiResponse(responseCode = "201", description = "Started")
	@ApiResponse(responseCode = "200", description = "Already running; unchanged")
	ResponseEntity<TimerResponse> startTimer(@Parameter(hidden = true) AccountId me) {
		RunningTimer timer = this.episodes.startTimer(me);
		TimerResponse body = new TimerResponse(timer.startedAt());
		return timer.startedNow() ? ResponseEntity.created(URI.create(BASE + "/timer")).body(body)
				: ResponseEntity.ok(body);
	}

	@GetMapping("/timer")
	@Operation(summary = "Read the running timer")
	@ApiResponse(responseCode = "200", description = "The running timer")
	@ApiResponse(responseCode = "404", description = "No timer runs", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	TimerResponse timer(@Parameter(hidden = true) AccountId me) {
		return this.episodes.timer(me)
			.map(timer -> new TimerResponse(timer.startedAt()))
			.orElseThrow(() -> new ResourceNotFoundException(EpisodeService.TIMER, "running"));
	}

	@DeleteMapping("/timer")
	@Operation(summary = "Discard the running timer", description = "Nothing is saved.")
	@ApiResponse(responseCode = "204", description = "Discarded")
	@ApiResponse(responseCode = "404", description = "No timer runs", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<Void> discardTimer(@Parameter(hidden = true) AccountId me) {
		this.episodes.discardTimer(me);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/timer/stop")
	@Operation(summary = "Stop the timer and save the episode",
			description = "startedAt is the timer's start (with the offset of the user's zone then); durationSeconds "
					+ "the whole seconds since, rounded, at least 1. The body is optional and may give intensity "
					+ "(0..10), muscle and side. Defaults for the rest: wokeFromSleep true when the start is 20:00-10:00 local time, else "
					+ "false; reliefsTried [], "
					+ "helpedMost null, warningSigns [], notes null; intensity, muscle and side not given are null "
					+ "(\"not rated\", never a made-up value) until a PUT gives them. A timer that has run for more "
					+ "than 24 hours is a 400 on durationSeconds and keeps running: discard it and log the episode.")
	@ApiResponse(responseCode = "201", description = "Saved; Location names the new episode")
	@ApiResponse(responseCode = "404", description = "No timer runs (nothing is saved)", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<EpisodeResponse> stopTimer(@Parameter(hidden = true) AccountId me,
			@RequestBody(required = false) @Nullable TimerStop body) {
		Episode episode = this.episodes.stopTimer(me, (body != null) ? body : TimerStop.NOTHING_GIVEN);
		return ResponseEntity.created(location(episode)).body(EpisodeResponse.of(episode));
	}

	@PostMapping(path = "/timed", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Save a cramp timed on the device, exactly once",
			description = "For the offline \"cramp now\": the start and duration only, with an Idempotency-Key "
					+ "header (a new random key per cramp, e.g. a UUID: 1 to 100 letters, digits or . _ : -). The "
					+ "first send stores the episode and answers 201; the same key again answers 200 with the "
					+ "original episode and stores nothing, also when two sends race. intensity, muscle and side "
					+ "are null (not given) until a PUT or the quick choices give them; wokeFromSleep is true when "
					+ "the local start (in startedAt's offset) is 20:00-10:00, else false; reliefsTried and "
					+ "warningSigns are empty. startedAt and durationSeconds follow the rules of POST.")
	@ApiResponse(responseCode = "201", description = "Saved; Location names the new episode")
	@ApiResponse(responseCode = "200", description = "Saved before with this key: the original episode, unchanged")
	@ApiResponse(responseCode = "409",
			description = "The episode saved with this key has since been deleted; nothing is stored",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "413", description = "Body over 64 KB", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "415", description = "Not application/json", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<EpisodeResponse> saveTimed(@Parameter(hidden = true) AccountId me,
			@Parameter(description = "A new random key per cramp; the same key again answers the first result",
					required = true) @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key,
			@RequestBody TimedRequest body) {
		TimedEpisodes.Saved saved = this.timed.save(me, key, body.startedAt(), body.durationSeconds());
		EpisodeResponse response = EpisodeResponse.of(saved.episode());
		return saved.created() ? ResponseEntity.created(location(saved.episode())).body(response)
				: ResponseEntity.ok(response);
	}

	private static URI location(Episode episode) {
		return URI.create(BASE + "/" + episode.id());
	}

	/** The body of {@code POST /timed}: when a cramp timed on the device began and how long it lasted. */
	@Schema(name = "TimedCrampInput")
	record TimedRequest(
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-11-20T02:14:00+01:00",
					description = "When the cramp began, with the device's offset; the rules of POST") @Nullable OffsetDateTime startedAt,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "86400",
					example = "90") @Nullable Integer durationSeconds) {
	}

	/** The running timer: when it started, with the offset of the user's zone at that moment. */
	@Schema(name = "CrampTimer")
	record TimerResponse(@Schema(example = "2026-11-20T02:14:00+01:00") OffsetDateTime startedAt) {
	}

}
