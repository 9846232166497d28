package org.crampwise.account;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as Spring Security holds it. Carries the {@link AccountId}, so resolving the current user needs
 * no query.
 */
record AccountPrincipal(AccountId accountId, String username, String passwordHash, boolean locked)
		implements UserDetails {

	private static final List<GrantedAuthority> USER = List.of(new SimpleGrantedAuthority("ROLE_USER"));

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return USER;
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
