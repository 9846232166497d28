package org.crampwise.account;

import java.net.URI;
import java.time.OffsetDateTime;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

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

	@PostMapping
	ResponseEntity<Created> register(@Valid @RequestBody Registration registration) {
		AccountSummary account = this.accounts.register(registration);
		return ResponseEntity.created(URI.create("/api/v1/account")).body(new Created(account.username()));
	}

	@GetMapping
	AccountResponse show(AccountId me) {
		AccountSummary account = this.accounts.summary(me);
		return new AccountResponse(account.username(), account.createdAt(), account.timeZone());
	}

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

	record AccountResponse(String username, OffsetDateTime createdAt, String timeZone) {
	}

}
