package org.crampwise.support;

import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.crampwise.account.AccountId;
import org.crampwise.account.TestPrincipals;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Signs a MockMvc request in as an account, for {@code @WebMvcTest}s outside the account module. The principal is
 * the same (package-private) type the sign-in produces, so a controller's {@link AccountId} parameter resolves
 * exactly as in the running application.
 */
public final class SignedInAccount {

	private SignedInAccount() {
	}

	/** A request signed in (as by the session cookie) as the account with this id. */
	public static RequestPostProcessor as(long accountId) {
		UserDetails principal = principal(new AccountId(accountId), "user" + accountId);
		return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				List.of(new SimpleGrantedAuthority("ROLE_USER"))));
	}

	private static UserDetails principal(AccountId id, String username) {
		return TestPrincipals.principal(id, username);
	}

}
