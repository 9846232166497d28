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
 * Recent failed sign-ins of one username, existing or not (so a lock reveals nothing about which names exist).
 * Kept in the database, not in memory, so every app node sees the same count.
 */
@Entity
@Table(name = "login_failures")
class LoginFailures {

	static final int MAX_USERNAME = 100;

	@Id
	@Column(length = MAX_USERNAME)
	private String username;

	@Column(nullable = false)
	private int failures;

	@Column(name = "first_failure_at", nullable = false)
	private Instant firstFailureAt;

	@Column(name = "locked_until")
	private @Nullable Instant lockedUntil;

	@Version
	private long version;

	protected LoginFailures() {
		this.username = "";
		this.firstFailureAt = Instant.EPOCH;
	}

	LoginFailures(String username, Instant now) {
		this.username = username;
		this.failures = 0;
		this.firstFailureAt = now;
	}

	void recordFailure(Instant now, LoginThrottleSettings settings) {
		if (Duration.between(this.firstFailureAt, now).compareTo(settings.window()) > 0 && !isLocked(now)) {
			this.failures = 0;
			this.firstFailureAt = now;
		}
		this.failures++;
		if (this.failures >= settings.maxFailures()) {
			this.lockedUntil = now.plus(settings.lockFor());
		}
	}

	boolean isLocked(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

	int failures() {
		return this.failures;
	}

}
