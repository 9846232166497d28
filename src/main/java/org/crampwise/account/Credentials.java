package org.crampwise.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.crampwise.system.FieldProblem;
import org.crampwise.system.InvalidInputException;

/**
 * Everything that replaces a password: the user changing it, a recovery code, the operator's reset. Each one ends
 * the account's other sessions and remember-me devices, so whoever knew the old password is out everywhere.
 */
@Service
class Credentials {

	static final int MIN_PASSWORD = 10;

	static final int MAX_PASSWORD_BYTES = 72;

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final AccountSessions sessions;

	private final RememberMeTokenRepository devices;

	private final RecoveryCodes recoveryCodes;

	private final LoginThrottle throttle;

	Credentials(AccountRepository accounts, PasswordEncoder passwordEncoder, AccountSessions sessions,
			RememberMeTokenRepository devices, RecoveryCodes recoveryCodes, LoginThrottle throttle) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.sessions = sessions;
		this.devices = devices;
		this.recoveryCodes = recoveryCodes;
		this.throttle = throttle;
	}

	/**
	 * The signed-in user changes their password. Every other session and remember-me device of the account ends;
	 * this session, and this device's remember-me token if it has one, stay.
	 * @throws InvalidInputException naming {@code currentPassword} or {@code newPassword}
	 */
	@Transactional
	void change(AccountId id, String currentPassword, String newPassword, @Nullable String keepSessionId,
			@Nullable String keepSeries) {
		Account account = this.accounts.findById(id.value()).orElseThrow(() -> InvalidInputException.of(
				"currentPassword", "password.problem.noMatch"));
		List<FieldProblem> problems = new ArrayList<>();
		if (!this.passwordEncoder.matches(currentPassword, account.passwordHash())) {
			problems.add(FieldProblem.of("currentPassword", "password.problem.notCurrent"));
		}
		problems.addAll(checkNew("newPassword", newPassword));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		account.changePasswordHash(this.passwordEncoder.encode(newPassword));
		if (keepSeries != null) {
			this.devices.deleteByAccountIdAndSeriesNot(id.value(), keepSeries);
		}
		else {
			this.devices.deleteByAccountId(id.value());
		}
		this.sessions.endAll(account.username(), keepSessionId);
	}

	/**
	 * Sets a new password with a recovery code. Throttled like a sign-in, and the answer is the same for an unknown
	 * name, a wrong code and a used one.
	 * @return false when the name and code do not match (or the name is paused)
	 * @throws InvalidInputException naming {@code newPassword} for a password that is not allowed
	 */
	@Transactional
	boolean recover(String username, String code, String newPassword) {
		List<FieldProblem> problems = checkNew("newPassword", newPassword);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		// throttled like a sign-in: by the client's address and the name together
		String address = ClientAddress.current();
		Optional<Account> account = this.accounts.findByUsername(Account.normalize(username));
		if (this.throttle.isLocked(address, username, account.map(Account::id))) {
			return false;
		}
		if (account.isEmpty() || !this.recoveryCodes.use(account.get().id(), code)) {
			this.throttle.recordFailure(address, username);
			return false;
		}
		this.throttle.forget(address, account.get().id());
		replace(account.get(), newPassword);
		return true;
	}

	boolean isPaused(String username) {
		return this.throttle.isLocked(ClientAddress.current(), username,
				this.accounts.findByUsername(Account.normalize(username)).map(Account::id));
	}

	/**
	 * The operator's reset from the command line: a new random password, printed once by the caller.
	 * @return the new password, or empty when there is no such account
	 */
	@Transactional
	Optional<String> reset(String username) {
		return this.accounts.findByUsername(Account.normalize(username)).map(account -> {
			String password = Secrets.randomToken(15);
			replace(account, password);
			this.throttle.forgetAccount(account.id());
			return password;
		});
	}

	private void replace(Account account, String newPassword) {
		account.changePasswordHash(this.passwordEncoder.encode(newPassword));
		this.devices.deleteByAccountId(account.id().value());
		this.sessions.endAll(account.username(), null);
	}

	static List<FieldProblem> checkNew(String field, @Nullable String password) {
		if (password == null || password.length() < MIN_PASSWORD
				|| password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			return List.of(FieldProblem.of(field, "password.problem.length"));
		}
		return List.of();
	}

}
