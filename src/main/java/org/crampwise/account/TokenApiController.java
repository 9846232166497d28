package org.crampwise.account;

import java.net.URI;
import java.time.OffsetDateTime;
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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/tokens}: the signed-in user's API tokens, the way for scripts to call the API
 * ({@code Authorization: Bearer <token>}). The token is in the creation answer and nowhere else, ever.
 */
@RestController
@RequestMapping(path = TokenApiController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "API tokens", description = "Tokens for scripts, sent as Authorization: Bearer <token>: named, READ "
		+ "(GET only) or WRITE, expiring (default 90 days, at most 365), revocable at once. Made and revoked with the "
		+ "password or the page's session, never with a token.")
@ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(
		mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "A token tried to make or revoke a token, or a cross-site request",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
class TokenApiController {

	static final String PATH = "/api/v1/tokens";

	private final ApiTokens tokens;

	TokenApiController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Make an API token",
			description = "name: 1..60 characters; scope: READ or WRITE; expiresInDays: 1..365, default 90. "
					+ "The token is shown this once; only its hash is kept.")
	@ApiResponse(responseCode = "201", description = "Made; Location names the token")
	@ApiResponse(responseCode = "400", description = "Invalid input: an errors array names each bad field",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "The account already has 20 tokens", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<CreatedResponse> create(@Parameter(hidden = true) AccountId me, @RequestBody TokenRequest body) {
		ApiTokens.CreatedToken created = this.tokens.create(me, body.name(), body.scope(), body.expiresInDays());
		ApiTokens.TokenSummary token = created.token();
		return ResponseEntity.created(URI.create(PATH + "/" + token.id()))
			.body(new CreatedResponse(token.id(), token.name(), token.scope(), created.secret(), token.createdAt(),
					token.expiresAt(), token.lastUsedAt()));
	}

	@GetMapping
	@Operation(summary = "The user's API tokens, newest first", description = "With lastUsedAt; never the token.")
	@ApiResponse(responseCode = "200", description = "The tokens")
	List<ApiTokens.TokenSummary> list(@Parameter(hidden = true) AccountId me) {
		return this.tokens.list(me);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Revoke an API token", description = "It stops working at once.")
	@ApiResponse(responseCode = "204", description = "Revoked")
	@ApiResponse(responseCode = "404", description = "No such token, or another user's", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<Void> revoke(@Parameter(hidden = true) AccountId me, @PathVariable long id) {
		this.tokens.revoke(me, id);
		return ResponseEntity.noContent().build();
	}

	/**
	 * A token to make.
	 *
	 * @param name what it is for, 1..60 characters
	 * @param scope READ (GET only) or WRITE
	 * @param expiresInDays 1..365, default 90
	 */
	record TokenRequest(@Nullable String name, @Nullable TokenScope scope, @Nullable Integer expiresInDays) {
	}

	/** A token just made, with its secret {@code token}, shown this once. */
	record CreatedResponse(long id, String name, TokenScope scope, String token, OffsetDateTime createdAt,
			OffsetDateTime expiresAt, @Nullable OffsetDateTime lastUsedAt) {
	}

}
