package org.crampwise.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for sign-in. A throttled username comes back locked, existing or not, so the answer after too many
 * failures is the same for every name and says nothing about which accounts exist.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	/** A bcrypt hash no password matches; a locked unknown name is refused before it is compared anyway. */
	private static final String NO_PASSWORD = "{bcrypt}$2a$10$0000000000000000000000000000000000000000000000000000.";

	private final AccountRepository accounts;

	private final LoginThrottle throttle;

	AccountUserDetailsService(AccountRepository accounts, LoginThrottle throttle) {
		this.accounts = accounts;
		this.throttle = throttle;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		boolean locked = this.throttle.isLocked(username);
		return this.accounts.findByUsername(Account.normalize(username))
			.map(account -> new AccountPrincipal(account.id(), account.username(), account.passwordHash(), locked))
			.orElseGet(() -> {
				if (locked) {
					return new AccountPrincipal(new AccountId(-1), Account.normalize(username), NO_PASSWORD, true);
				}
				throw new UsernameNotFoundException("no such user");
			});
	}

}
