package org.crampwise.experiments;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.crampwise.account.AccountId;
import org.crampwise.system.InvalidInputException;

/** {@code /api/v1/experiments}: the signed-in user's personal experiments (docs/experiments.md). */
@RestController
@RequestMapping(path = ExperimentsApiController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Experiments", description = "Test one remedy on yourself: a 14-night run-in, then pairs of blocks in "
		+ "an order drawn at random at creation and stored, and a verdict fixed in advance (docs/experiments.md).")
@ApiResponse(responseCode = "400", description = "Invalid input: an errors array names each bad field",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(
		mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class ExperimentsApiController {

	static final String PATH = "/api/v1/experiments";

	private final ExperimentService experiments;

	ExperimentsApiController(ExperimentService experiments) {
		this.experiments = experiments;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Start an experiment",
			description = "The run-in begins tonight; the order of every pair, the extension's two included, is "
					+ "drawn now from a secure random source and never changes. pairs defaults to the remedy's "
					+ "design (8 for a 7-night design under 2 cramp nights a week); waterTargetMl only with "
					+ "STAY_HYDRATED. Magnesium needs clinicianAgreed (or a clinician's recorded agreement).")
	@ApiResponse(responseCode = "201", description = "The experiment, with a Location header")
	@ApiResponse(responseCode = "409", description = "Another experiment is in its run-in, running or paused",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "422", description = "Not safe for this user: the detail is the advice engine's "
			+ "reason; nothing is stored", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<ExperimentView> start(@Parameter(hidden = true) AccountId me, @RequestBody StartRequest body) {
		ExperimentView view = this.experiments.start(me, body);
		return ResponseEntity.created(URI.create(PATH + "/" + view.id())).body(view);
	}

	@GetMapping
	@Operation(summary = "Your experiments, newest first")
	@ApiResponse(responseCode = "200", description = "items: every experiment")
	ListResponse list(@Parameter(hidden = true) AccountId me) {
		return new ListResponse(this.experiments.list(me));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One experiment", description = "result is null until FINISHED; a STOPPED experiment "
			+ "gets no verdict.")
	@ApiResponse(responseCode = "200", description = "The experiment")
	@ApiResponse(responseCode = "404", description = "No such experiment of yours", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ExperimentView get(@Parameter(hidden = true) AccountId me, @PathVariable long id) {
		return this.experiments.experiment(me, id);
	}

	@PostMapping("/{id}/stop")
	@Operation(summary = "Stop an experiment", description = "It becomes STOPPED and gets no verdict (no peeking).")
	@ApiResponse(responseCode = "200", description = "The experiment, STOPPED")
	@ApiResponse(responseCode = "404", description = "No such experiment of yours", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "It is over already", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ExperimentView stop(@Parameter(hidden = true) AccountId me, @PathVariable long id) {
		return this.experiments.stop(me, id);
	}

	@PostMapping("/{id}/resume")
	@Operation(summary = "Resume a paused experiment",
			description = "After an urgent red flag paused it and the user saw a clinician. The paused nights stay "
					+ "out of the analysis; the schedule does not move.")
	@ApiResponse(responseCode = "200", description = "The experiment")
	@ApiResponse(responseCode = "404", description = "No such experiment of yours", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "It is not paused", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ExperimentView resume(@Parameter(hidden = true) AccountId me, @PathVariable long id) {
		return this.experiments.resume(me, id);
	}

	@PutMapping(path = "/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Record your decision after an experiment", description = "KEEP, DROP or UNDECIDED, "
			+ "stored beside the verdict; once FINISHED or STOPPED.")
	@ApiResponse(responseCode = "200", description = "The experiment")
	@ApiResponse(responseCode = "404", description = "No such experiment of yours", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "It is still under way", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ExperimentView decide(@Parameter(hidden = true) AccountId me, @PathVariable long id,
			@RequestBody DecisionRequest body) {
		if (body.decision() == null) {
			throw InvalidInputException.of("decision", "experiments.error.decision");
		}
		return this.experiments.decide(me, id, body.decision());
	}

	/** The user's experiments. */
	record ListResponse(List<ExperimentView> items) {
	}

	/** A decision. */
	record DecisionRequest(@Nullable Decision decision) {
	}

}
