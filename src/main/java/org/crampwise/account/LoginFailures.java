package org.crampwise.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * Recent failed sign-ins under one throttle key: a client address, or a client address and an existing account
 * together (see {@link LoginThrottle}). Kept in the database, not in memory, so every app node sees the same count.
 */
@Entity
@Table(name = "login_failures")
class LoginFailures {

	static final int MAX_KEY = 100;

	@Id
	@Column(name = "throttle_key", length = MAX_KEY)
	private String throttleKey;

	@Column(nullable = false)
	private int failures;

	@Column(name = "first_failure_at", nullable = false)
	private Instant firstFailureAt;

	@Column(name = "locked_until")
	private @Nullable Instant lockedUntil;

	@Version
	private long version;

	protected LoginFailures() {
		this.throttleKey = "";
		this.firstFailureAt = Instant.EPOCH;
	}

	LoginFailures(String key, Instant now) {
		this.throttleKey = key;
		this.failures = 0;
		this.firstFailureAt = now;
	}

	/** A failure of a client address with one account: {@code maxFailures} of them lock the pair. */
	void recordFailure(Instant now, LoginThrottleSettings settings) {
		recordFailure(now, settings.maxFailures(), settings);
	}

	void recordFailure(Instant now, int maxFailures, LoginThrottleSettings settings) {
		if (Duration.between(this.firstFailureAt, now).compareTo(settings.window()) > 0 && !isLocked(now)) {
			this.failures = 0;
			this.firstFailureAt = now;
		}
		this.failures++;
		if (this.failures >= maxFailures) {
			this.lockedUntil = now.plus(settings.lockFor());
		}
	}

	/** How long the lock still lasts (zero when not locked). */
	Duration lockLeft(Instant now) {
		return isLocked(now) ? Duration.between(now, this.lockedUntil) : Duration.ZERO;
	}

	boolean isLocked(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

	int failures() {
		return this.failures;
	}

}
