package org.crampwise.account;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import org.crampwise.support.IntegrationTest;
import org.crampwise.system.FieldProblem;
import org.crampwise.system.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Replacing a password, on the real database: recovery codes work once and are throttled like a sign-in with the
 * same answer for unknown names, and a wrong current password or a bad new one changes nothing.
 */
@IntegrationTest
class CredentialsTests {

	private static final String PASSWORD = "correct-horse-battery";

	@Autowired
	Accounts accounts;

	@Autowired
	Credentials credentials;

	@Autowired
	RecoveryCodes recoveryCodes;

	@Autowired
	AccountRepository repository;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void aRecoveryCodeWorksOnceAndIsStoredOnlyAsAHash() {
		AccountSummary account = register("codes-once");
		List<String> codes = this.recoveryCodes.regenerate(account.id());
		assertThat(codes).hasSize(RecoveryCodes.COUNT).doesNotHaveDuplicates();

		assertThat(this.credentials.recover("codes-once", codes.get(0), "a-new-password-1")).isTrue();
		assertThat(passwordMatches("codes-once", "a-new-password-1")).isTrue();
		assertThat(this.credentials.recover("codes-once", codes.get(0), "a-new-password-2")).isFalse();
		assertThat(passwordMatches("codes-once", "a-new-password-1")).isTrue();
		assertThat(this.recoveryCodes.remaining(account.id())).isEqualTo(RecoveryCodes.COUNT - 1);

		// new codes replace the old ones, used or not
		List<String> fresh = this.recoveryCodes.regenerate(account.id());
		assertThat(this.credentials.recover("codes-once", codes.get(1), "a-new-password-3")).isFalse();
		assertThat(this.credentials.recover("codes-once", fresh.get(1), "a-new-password-3")).isTrue();
	}

	@Test
	void recoveryIsThrottledLikeASignInTheSameForUnknownNames() {
		AccountSummary account = register("codes-throttled");
		List<String> codes = this.recoveryCodes.regenerate(account.id());
		for (int i = 0; i < 5; i++) {
			assertThat(this.credentials.recover("codes-throttled", "wrong-code-" + i, "a-new-password-1")).isFalse();
			assertThat(this.credentials.recover("no-such-user-x", "wrong-code-" + i, "a-new-password-1")).isFalse();
		}
		assertThat(this.credentials.isPaused("codes-throttled")).isTrue();
		assertThat(this.credentials.isPaused("no-such-user-x")).isTrue();
		// while paused even the right code is refused
		assertThat(this.credentials.recover("codes-throttled", codes.get(0), "a-new-password-1")).isFalse();
		assertThat(passwordMatches("codes-throttled", PASSWORD)).isTrue();
	}

	@Test
	void aWrongCurrentPasswordOrABadNewOneChangesNothingAndNamesTheField() {
		AccountSummary account = register("changer");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.credentials.change(account.id(), "not-my-password", "a-fine-new-password", null, null))
			.satisfies(ex -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("currentPassword"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.credentials.change(account.id(), PASSWORD, "short", null, null))
			.satisfies(ex -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("newPassword"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.credentials.recover("changer", "any", "x".repeat(73)))
			.satisfies(ex -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("newPassword"));
		assertThat(passwordMatches("changer", PASSWORD)).isTrue();
	}

	private AccountSummary register(String name) {
		return this.accounts.register(Registration.patient(name, PASSWORD, "Europe/Paris"));
	}

	private boolean passwordMatches(String username, String password) {
		return this.passwordEncoder.matches(password, this.repository.findByUsername(username).orElseThrow().passwordHash());
	}

}
