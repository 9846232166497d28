package org.crampwise.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing, through the page or HTTP Basic alike, by client address and name together:
 * <ul>
 * <li>an account is locked after {@code maxFailures} failures <em>from one client address</em>, for that address
 * only, so a stranger failing with a patient's name cannot lock the patient out of their own diary;</li>
 * <li>a client address is refused before any password is checked (429, see {@link PasswordAttemptFilter}) after
 * {@code maxFailuresPerAddress} failures with any names, which bounds the bcrypt work one client can cause.</li>
 * </ul>
 * Counts that matter across app nodes live in the {@code login_failures} table: one row per failing address and one
 * per failing address and existing account. A failure with an unknown name writes no row of its own (so a guesser
 * cannot fill the table with made-up names); it is counted in a small bounded map on this node instead, so an
 * unknown name is locked after the same number of failures as an existing one and the answers stay the same.
 */
@Component
class LoginThrottle {

	/** Unknown-name pairs remembered on this node; the oldest are forgotten first. */
	static final int MAX_UNKNOWN_PAIRS = 10_000;

	private final LoginFailuresRepository repository;

	private final AccountRepository accounts;

	private final LoginThrottleSettings settings;

	private final Clock clock;

	private final Map<String, LoginFailures> unknownPairs = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, LoginFailures> eldest) {
			return size() > MAX_UNKNOWN_PAIRS;
		}
	};

	LoginThrottle(LoginFailuresRepository repository, AccountRepository accounts, LoginThrottleSettings settings,
			Clock clock) {
		this.repository = repository;
		this.accounts = accounts;
		this.settings = settings;
		this.clock = clock;
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		recordFailure(addressOf(event.getAuthentication()), String.valueOf(event.getAuthentication().getPrincipal()));
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
			forget(addressOf(authentication), principal.accountId());
		}
	}

	// no surrounding transaction: each save() commits on its own, so a clash with a concurrent failure surfaces here
	void recordFailure(String address, String rawUsername) {
		Instant now = this.clock.instant();
		bump(addressKey(address), now, this.settings.maxFailuresPerAddress());
		Optional<Account> account = this.accounts.findByUsername(Account.normalize(rawUsername));
		if (account.isPresent()) {
			bump(pairKey(address, account.get().id()), now, this.settings.maxFailures());
		}
		else {
			synchronized (this.unknownPairs) {
				this.unknownPairs.computeIfAbsent(unknownKey(address, rawUsername), key -> new LoginFailures(key, now))
					.recordFailure(now, this.settings);
			}
		}
	}

	private void bump(String key, Instant now, int maxFailures) {
		try {
			LoginFailures failures = this.repository.findById(key).orElseGet(() -> new LoginFailures(key, now));
			failures.recordFailure(now, maxFailures, this.settings);
			this.repository.save(failures);
		}
		catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException ex) {
			// two failures of the same key at once: one of them counts, which is enough to slow a guesser down
		}
	}

	/** Whether this name is locked for this client address (the name may or may not exist). */
	@Transactional(readOnly = true)
	boolean isLocked(String address, String rawUsername, Optional<AccountId> account) {
		Instant now = this.clock.instant();
		if (account.isPresent()) {
			return this.repository.findById(pairKey(address, account.get())).map(f -> f.isLocked(now)).orElse(false);
		}
		synchronized (this.unknownPairs) {
			LoginFailures failures = this.unknownPairs.get(unknownKey(address, rawUsername));
			return failures != null && failures.isLocked(now);
		}
	}

	/** How long this client address is still refused before any password check (zero when it is not). */
	@Transactional(readOnly = true)
	Duration addressLockLeft(String address) {
		Instant now = this.clock.instant();
		return this.repository.findById(addressKey(address)).map(f -> f.lockLeft(now)).orElse(Duration.ZERO);
	}

	@Transactional
	void forget(String address, AccountId account) {
		String key = pairKey(address, account);
		if (this.repository.findById(key).isPresent()) {
			this.repository.deleteById(key);
		}
	}

	/** Forgets every lock of an account (it is being erased). */
	@Transactional
	void forgetAccount(AccountId account) {
		this.repository.deleteByKeyPrefix("n:" + account.value() + "@%");
	}

	private static String addressOf(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		return ClientAddress.current();
	}

	static String addressKey(String address) {
		return cut("a:" + address);
	}

	static String pairKey(String address, AccountId account) {
		return cut("n:" + account.value() + "@" + address);
	}

	private static String unknownKey(String address, String rawUsername) {
		return Account.normalize(rawUsername) + "@" + address;
	}

	private static String cut(String key) {
		return (key.length() > LoginFailures.MAX_KEY) ? key.substring(0, LoginFailures.MAX_KEY) : key;
	}

}
