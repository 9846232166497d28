package org.crampwise.account;

import org.springframework.security.core.userdetails.UserDetails;

/**
 * Test-only door to the account module's principal type, so web-slice tests of other modules sign in with exactly
 * what the real sign-in produces (see {@code support.SignedIn}).
 */
public final class TestPrincipals {

	private TestPrincipals() {
	}

	public static UserDetails principal(AccountId id, String username) {
		return new AccountPrincipal(id, username, "{noop}unused", false);
	}

}
