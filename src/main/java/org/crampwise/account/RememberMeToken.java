package org.crampwise.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * One device on which the user ticked "keep me signed in". The cookie holds {@code series:token}; only a SHA-256 hash
 * of the token is stored.
 */
@Entity
@Table(name = "remember_me_tokens")
class RememberMeToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, unique = true, length = 64)
	private String series;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(name = "token_hash", nullable = false, length = 64)
	private String tokenHash;

	@Column(name = "device_label", nullable = false, length = 100)
	private String deviceLabel;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "last_used_at", nullable = false)
	private Instant lastUsedAt;

	protected RememberMeToken() {
		this.series = "";
		this.tokenHash = "";
		this.deviceLabel = "";
		this.createdAt = Instant.EPOCH;
		this.lastUsedAt = Instant.EPOCH;
	}

	RememberMeToken(String series, AccountId accountId, String tokenHash, String deviceLabel, Instant now) {
		this.series = series;
		this.accountId = accountId.value();
		this.tokenHash = tokenHash;
		this.deviceLabel = deviceLabel;
		this.createdAt = now;
		this.lastUsedAt = now;
	}

	long id() {
		if (this.id == null) {
			throw new IllegalStateException("token not saved yet");
		}
		return this.id;
	}

	String series() {
		return this.series;
	}

	AccountId accountId() {
		return new AccountId(this.accountId);
	}

	String tokenHash() {
		return this.tokenHash;
	}

	String deviceLabel() {
		return this.deviceLabel;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant lastUsedAt() {
		return this.lastUsedAt;
	}

	void usedAt(Instant now) {
		this.lastUsedAt = now;
	}

}
