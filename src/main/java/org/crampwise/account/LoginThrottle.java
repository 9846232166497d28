package org.crampwise.account;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a username for a while after repeated failed sign-ins, through the page or HTTP Basic alike. Spring
 * Security publishes an event for each failure and success; a locked username is reported as locked by
 * {@link AccountUserDetailsService} before its password is even checked.
 */
@Component
class LoginThrottle {

	private final LoginFailuresRepository repository;

	private final LoginThrottleSettings settings;

	private final Clock clock;

	LoginThrottle(LoginFailuresRepository repository, LoginThrottleSettings settings, Clock clock) {
		this.repository = repository;
		this.settings = settings;
		this.clock = clock;
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		recordFailure(String.valueOf(event.getAuthentication().getPrincipal()));
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		forget(event.getAuthentication().getName());
	}

	// no surrounding transaction: save() commits on its own, so a clash with a concurrent failure surfaces here
	void recordFailure(String rawUsername) {
		String username = key(rawUsername);
		Instant now = this.clock.instant();
		try {
			LoginFailures failures = this.repository.findById(username).orElseGet(() -> new LoginFailures(username, now));
			failures.recordFailure(now, this.settings);
			this.repository.save(failures);
		}
		catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException ex) {
			// two failures of the same name at once: one of them counts, which is enough to slow a guesser down
		}
	}

	@Transactional(readOnly = true)
	boolean isLocked(String rawUsername) {
		return this.repository.findById(key(rawUsername)).map(f -> f.isLocked(this.clock.instant())).orElse(false);
	}

	@Transactional
	void forget(String rawUsername) {
		String username = key(rawUsername);
		if (this.repository.findById(username).isPresent()) {
			this.repository.deleteById(username);
		}
	}

	private static String key(String username) {
		String key = Account.normalize(username);
		return (key.length() > LoginFailures.MAX_USERNAME) ? key.substring(0, LoginFailures.MAX_USERNAME) : key;
	}

}
