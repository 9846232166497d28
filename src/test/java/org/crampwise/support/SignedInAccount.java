package org.crampwise.support;

import java.lang.reflect.Constructor;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.crampwise.account.AccountId;

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
		try {
			Class<?> type = Class.forName("org.crampwise.account.AccountPrincipal");
			Constructor<?> constructor = type.getDeclaredConstructor(AccountId.class, String.class, String.class,
					boolean.class);
			constructor.setAccessible(true);
			return (UserDetails) constructor.newInstance(id, username, "{noop}unused", false);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("the account module's principal type changed; update this helper", ex);
		}
	}

}
