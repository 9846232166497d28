package org.crampwise.clinician;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
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

import org.crampwise.account.AccountId;
import org.crampwise.system.InvalidInputException;

/**
 * {@code /api/v1/care-team}: the patient's side of access. Patient accounts only (a clinician gets 403).
 */
@RestController
@RequestMapping("/api/v1/care-team")
@Tag(name = "Care team", description = "The clinicians a patient granted access: join with an invite code (see "
		+ "who it is first), list, revoke at once, and see every access. Patient accounts only (docs/clinicians.md).")
@ApiResponse(responseCode = "403", description = "Not a patient account, or a cross-site request, or a cookie call "
		+ "without its CSRF token", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
class CareTeamApiController {

	private final CareTeam careTeam;

	CareTeamApiController(CareTeam careTeam) {
		this.careTeam = careTeam;
	}

	@GetMapping("/invites/{code}")
	@Operation(summary = "Who an invite code would give access to", description = "Before confirming: the "
			+ "clinician's name and when the code expires. Nothing is stored.")
	@ApiResponse(responseCode = "200", description = "The clinician")
	@ApiResponse(responseCode = "404", description = "An unknown, used or expired code", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	InvitePreview preview(@Parameter(hidden = true) AccountId me, @PathVariable String code) {
		CareTeam.Invite invite = this.careTeam.preview(code);
		return new InvitePreview(new Clinician(invite.clinicianName()), invite.expiresAt());
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Grant a clinician access with an invite code", description = "The code is used up; the "
			+ "clinician sees this patient from now until the grant is revoked.")
	@ApiResponse(responseCode = "201", description = "Granted")
	@ApiResponse(responseCode = "404", description = "An unknown, used or expired code", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<GrantResponse> join(@Parameter(hidden = true) AccountId me, @RequestBody JoinRequest body) {
		if (body.code() == null || body.code().isBlank()) {
			throw new InvalidInputException("code", "is required: the code the clinician gave, such as K7PQ-M2XD");
		}
		CareTeam.Grant grant = this.careTeam.join(me, body.code());
		return ResponseEntity.created(URI.create("/api/v1/care-team/" + grant.id())).body(response(grant));
	}

	@GetMapping
	@Operation(summary = "The clinicians with access", description = "Active grants, oldest first.")
	@ApiResponse(responseCode = "200", description = "The grants")
	List<GrantResponse> list(@Parameter(hidden = true) AccountId me) {
		return this.careTeam.activeGrants(me).stream().map(CareTeamApiController::response).toList();
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Revoke a clinician's access", description = "At once: the clinician's next request, on "
			+ "any node, answers 404.")
	@ApiResponse(responseCode = "204", description = "Revoked")
	ResponseEntity<Void> revoke(@Parameter(hidden = true) AccountId me, @PathVariable long id) {
		this.careTeam.revoke(me, id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/accesses")
	@Operation(summary = "What that clinician opened, when", description = "Newest first, at most 500: the "
			+ "patient's page, the report, each export, with its range.")
	@ApiResponse(responseCode = "200", description = "The accesses")
	List<AccessResponse> accesses(@Parameter(hidden = true) AccountId me, @PathVariable long id) {
		return this.careTeam.accesses(me, id)
			.stream()
			.map(a -> new AccessResponse(a.kind(), a.from(), a.to(), a.accessedAt()))
			.toList();
	}

	private static GrantResponse response(CareTeam.Grant grant) {
		return new GrantResponse(grant.id(), new Clinician(grant.clinicianName()), grant.grantedAt());
	}

	record Clinician(String displayName) {
	}

	record InvitePreview(Clinician clinician, Instant expiresAt) {
	}

	record JoinRequest(@Nullable String code) {
	}

	record GrantResponse(long id, Clinician clinician, Instant grantedAt) {
	}

	record AccessResponse(AccessKind kind, @Nullable LocalDate from, @Nullable LocalDate to, Instant accessedAt) {
	}

}
