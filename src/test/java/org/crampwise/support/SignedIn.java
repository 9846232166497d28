package org.crampwise.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.crampwise.account.AccountId;
import org.crampwise.account.TestPrincipals;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Signs a MockMvc request in (as by the session cookie) as an account, with the same principal type the real
 * sign-in produces, so a controller's {@link AccountId} parameter resolves exactly as in the running application.
 */
public final class SignedIn {

	private SignedIn() {
	}

	/** {@code mvc.get().uri(...).with(SignedIn.as(7))}. */
	public static RequestPostProcessor as(long accountId) {
		return as(accountId, "user" + accountId);
	}

	/** {@code mvc.get().uri(...).with(SignedIn.as(7, "alice"))}. */
	public static RequestPostProcessor as(long accountId, String username) {
		return authentication(authenticationOf(accountId, username));
	}

	public static Authentication authenticationOf(long accountId, String username) {
		UserDetails principal = TestPrincipals.principal(new AccountId(accountId), username);
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
	}

}
