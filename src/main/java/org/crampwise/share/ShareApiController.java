package org.crampwise.share;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.crampwise.account.AccountId;

/**
 * {@code /api/v1/shares}: the signed-in user's share links. The token is in the {@code url} of the creation answer
 * and nowhere else, ever.
 */
@RestController
@RequestMapping(path = "/api/v1/shares", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Share links", description = "Links a clinician opens without an account, for one range of nights, "
		+ "until they expire (default 30 days, at most 365) or are revoked. Every opening is logged.")
@ApiResponse(responseCode = "400", description = "Invalid input: an errors array names each bad field",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(
		mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class ShareApiController {

	private final ShareService shares;

	private final ShareUrls urls;

	ShareApiController(ShareService shares, ShareUrls urls) {
		this.shares = shares;
		this.urls = urls;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Make a share link",
			description = "from/to: the nights shown (default from the first logged night to tonight, at most 1096); "
					+ "expiresInDays: 1..365, default 30. The url holds the token: it is shown this once.")
	@ApiResponse(responseCode = "201", description = "Made; Location names the link")
	ResponseEntity<CreatedResponse> create(@Parameter(hidden = true) AccountId me, @RequestBody ShareRequest body) {
		ShareService.CreatedShare created = this.shares.create(me, body.from(), body.to(), body.expiresInDays());
		return ResponseEntity.created(URI.create("/api/v1/shares/" + created.id()))
			.body(new CreatedResponse(created.id(), this.urls.of(created.token()), created.expiresAt()));
	}

	@GetMapping
	@Operation(summary = "The user's links, newest first", description = "Never the token.")
	@ApiResponse(responseCode = "200", description = "A page: items, page, size, total")
	SharePage list(@Parameter(hidden = true) AccountId me,
			@Parameter(description = "Page number, 0..1000000; past the last page, an empty page") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Page size, 1..500") @RequestParam(defaultValue = "50") int size) {
		Page<ShareService.ShareSummary> found = this.shares.list(me, page, size);
		return new SharePage(found.getContent().stream().map(ShareResponse::of).toList(), page, size,
				found.getTotalElements());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One link")
	@ApiResponse(responseCode = "200", description = "The link")
	@ApiResponse(responseCode = "404", description = "No such link, or another user's", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ShareResponse show(@Parameter(hidden = true) AccountId me, @PathVariable long id) {
		return ShareResponse.of(this.shares.find(me, id));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Revoke a link", description = "At once: the next opening answers 404. Revoking again is "
			+ "harmless; the link stays listed, revoked, with its access log.")
	@ApiResponse(responseCode = "204", description = "Revoked")
	@ApiResponse(responseCode = "404", description = "No such link, or another user's", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<Void> revoke(@Parameter(hidden = true) AccountId me, @PathVariable long id) {
		this.shares.revoke(me, id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/accesses")
	@Operation(summary = "The link's access log, newest first")
	@ApiResponse(responseCode = "200", description = "Every opening: at, what (VIEW, CSV, PDF or FHIR)")
	@ApiResponse(responseCode = "404", description = "No such link, or another user's", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	List<ShareService.Access> accesses(@Parameter(hidden = true) AccountId me, @PathVariable long id) {
		return this.shares.accesses(me, id);
	}

	/**
	 * The body of {@code POST /api/v1/shares}; every field optional.
	 *
	 * @param expiresInDays 1..365, default 30
	 * @param from the first night shown
	 * @param to the last night shown
	 */
	record ShareRequest(@Schema(example = "30", minimum = "1", maximum = "365") @Nullable Integer expiresInDays,
			@Schema(example = "2026-08-30") @Nullable LocalDate from,
			@Schema(example = "2026-11-27") @Nullable LocalDate to) {
	}

	/** The answer to a creation: the only place the token appears. */
	record CreatedResponse(long id, @Schema(example = "https://crampwise.example/share/Vq3...") String url,
			OffsetDateTime expiresAt) {
	}

	/** A link as its owner reads it. */
	@Schema(name = "ShareLink")
	record ShareResponse(long id, LocalDate from, LocalDate to, OffsetDateTime createdAt, OffsetDateTime expiresAt,
			@Schema(nullable = true) @Nullable OffsetDateTime revokedAt,
			@Schema(allowableValues = { "ACTIVE", "EXPIRED", "REVOKED" }) ShareStatus status) {

		static ShareResponse of(ShareService.ShareSummary link) {
			return new ShareResponse(link.id(), link.from(), link.to(), link.createdAt(), link.expiresAt(),
					link.revokedAt(), link.status());
		}

	}

	/** The contract's page of a list. */
	record SharePage(List<ShareResponse> items, int page, int size, long total) {
	}

}
