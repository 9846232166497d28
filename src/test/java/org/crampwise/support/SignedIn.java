package org.crampwise.support;

import java.lang.reflect.Constructor;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.crampwise.account.AccountId;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Signs a MockMvc request in as an account, for {@code @WebMvcTest}s outside the account module: the principal is
 * the account module's own (package-private) principal type, built by reflection, so the {@code AccountId} argument
 * resolver accepts it exactly as it accepts a real sign-in.
 */
public final class SignedIn {

	private static final String PRINCIPAL = "org.crampwise.account.AccountPrincipal";

	private SignedIn() {
	}

	/** {@code mvc.get().uri(...).with(SignedIn.as(7, "alice"))}. */
	public static RequestPostProcessor as(long accountId, String username) {
		return authentication(authenticationOf(accountId, username));
	}

	public static Authentication authenticationOf(long accountId, String username) {
		UserDetails principal = principal(new AccountId(accountId), username);
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
	}

	private static UserDetails principal(AccountId id, String username) {
		try {
			Constructor<?> constructor = Class.forName(PRINCIPAL)
				.getDeclaredConstructor(AccountId.class, String.class, String.class, boolean.class);
			constructor.setAccessible(true);
			return (UserDetails) constructor.newInstance(id, username, "{noop}unused", false);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("the account module's principal changed shape: update SignedIn", ex);
		}
	}

}
