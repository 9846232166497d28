package org.crampwise.account;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as Spring Security holds it. Carries the {@link AccountId}, so resolving the current user needs
 * no query.
 */
record AccountPrincipal(AccountId accountId, String username, String passwordHash, boolean locked, Role role)
		implements UserDetails {

	/** A patient's principal (every account made before roles existed is one). */
	AccountPrincipal(AccountId accountId, String username, String passwordHash, boolean locked) {
		this(accountId, username, passwordHash, locked, Role.PATIENT);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.role.authorities();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	/** Never reveal the hash in logs. */
	@Override
	public String toString() {
		return "AccountPrincipal[" + this.accountId + ", " + this.username + "]";
	}

}
