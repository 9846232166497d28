package org.crampwise.account;

import java.util.Optional;

import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user's id for code that is not a controller handler (a bean a template calls), read from the
 * security context only, exactly as {@link CurrentAccountArgumentResolver} reads it.
 */
public final class CurrentAccount {

	private CurrentAccount() {
	}

	/** The signed-in account, or empty for a visitor. */
	public static Optional<AccountId> signedIn() {
		return Optional.ofNullable(AccountId.of(SecurityContextHolder.getContext().getAuthentication()));
	}

}
