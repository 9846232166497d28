package org.crampwise.account;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginFailuresTests {

	private static final LoginThrottleSettings SETTINGS = new LoginThrottleSettings(5, Duration.ofMinutes(15),
			Duration.ofMinutes(15), 20);

	private static final Instant T0 = Instant.parse("2026-11-20T03:00:00Z");

	@Test
	void fourFailuresDoNotLockAndTheFifthDoes() {
		LoginFailures failures = new LoginFailures("bob", T0);
		for (int i = 0; i < 4; i++) {
			failures.recordFailure(T0.plusSeconds(i), SETTINGS);
		}
		assertThat(failures.isLocked(T0.plusSeconds(10))).isFalse();

		failures.recordFailure(T0.plusSeconds(20), SETTINGS);
		assertThat(failures.isLocked(T0.plusSeconds(21))).isTrue();
	}

	@Test
	void theLockEndsAfterFifteenMinutes() {
		LoginFailures failures = new LoginFailures("bob", T0);
		for (int i = 0; i < 5; i++) {
			failures.recordFailure(T0, SETTINGS);
		}
		assertThat(failures.isLocked(T0.plus(Duration.ofMinutes(15)).minusSeconds(1))).isTrue();
		assertThat(failures.isLocked(T0.plus(Duration.ofMinutes(15)))).isFalse();
	}

	@Test
	void failuresOlderThanTheWindowAreForgotten() {
		LoginFailures failures = new LoginFailures("bob", T0);
		for (int i = 0; i < 4; i++) {
			failures.recordFailure(T0, SETTINGS);
		}
		Instant later = T0.plus(Duration.ofMinutes(16));
		failures.recordFailure(later, SETTINGS);

		assertThat(failures.failures()).isEqualTo(1);
		assertThat(failures.isLocked(later)).isFalse();
	}

}
