package org.crampwise.account;

import java.net.URI;
import java.time.OffsetDateTime;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/account}: register (no sign-in needed), read and erase one's own account.
 */
@RestController
@RequestMapping("/api/v1/account")
class AccountApiController {

	private final Accounts accounts;

	AccountApiController(Accounts accounts) {
		this.accounts = accounts;
	}

	@Operation(summary = "Create an account", description = "Public: no credentials. Usernames are stored in lower case; passwords are 10 to 72 characters.")
	@SecurityRequirements
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "409", description = "The username is taken")
	@PostMapping
	ResponseEntity<Created> register(@Valid @RequestBody Registration registration) {
		AccountSummary account = this.accounts.register(registration);
		return ResponseEntity.created(URI.create("/api/v1/account")).body(new Created(account.username()));
	}

	@Operation(summary = "Read the signed-in account",
			description = "With its role (PATIENT or CLINICIAN) and the name it shows (the display name, or the username).")
	@ApiResponse(responseCode = "200", description = "The account")
	@GetMapping
	AccountResponse show(AccountId me) {
		AccountSummary account = this.accounts.summary(me);
		return new AccountResponse(account.username(), account.createdAt(), account.timeZone(), account.role(),
				account.displayName());
	}

	@Operation(summary = "Erase the account and all its data", description = "At once and for good: every episode, check-in, profile, medication and share link.")
	@ApiResponse(responseCode = "204", description = "Erased")
	@DeleteMapping
	ResponseEntity<Void> erase(AccountId me, HttpServletRequest request) {
		this.accounts.erase(me);
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		return ResponseEntity.noContent().build();
	}

	record Created(String username) {
	}

	/** The signed-in account; {@code role} and {@code displayName} are the contract's part 2 (Clinicians). */
	record AccountResponse(String username, OffsetDateTime createdAt, String timeZone,
			@Schema(description = "PATIENT or CLINICIAN") Role role,
			@Schema(description = "The display name given at registration, or the username") String displayName) {
	}

}
