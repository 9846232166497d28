package org.crampwise.account;

import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for sign-in. A name throttled for the current client address comes back locked, existing or not, so
 * the answer after too many failures is the same for every name and says nothing about which accounts exist; the
 * same name from another address is not locked (see {@link LoginThrottle}).
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
		String address = ClientAddress.current();
		Optional<Account> found = this.accounts.findByUsername(Account.normalize(username));
		boolean locked = this.throttle.isLocked(address, username, found.map(Account::id));
		return found
			.map(account -> new AccountPrincipal(account.id(), account.username(), account.passwordHash(), locked,
					account.role()))
			.orElseGet(() -> {
				if (locked) {
					return new AccountPrincipal(new AccountId(-1), Account.normalize(username), NO_PASSWORD, true);
				}
				throw new UsernameNotFoundException("no such user");
			});
	}

}
