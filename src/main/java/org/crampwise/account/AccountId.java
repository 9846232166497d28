package org.crampwise.account;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;

/**
 * The id of an account, the owner of every row of user data. A controller parameter of this type is the signed-in
 * user (see {@link CurrentAccountArgumentResolver}). Serializable, because the signed-in principal that carries it
 * lives in the session, and sessions are stored in the database (Spring Session JDBC).
 */
public record AccountId(long value) implements Serializable {

	/** The signed-in account of an authentication (for templates and beans outside a controller), or null. */
	public static @Nullable AccountId of(@Nullable Authentication authentication) {
		return (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal)
				? principal.accountId() : null;
	}

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
