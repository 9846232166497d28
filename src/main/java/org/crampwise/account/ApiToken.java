package org.crampwise.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** An API token of one account, known by the hash of its secret only. */
@Entity
@Table(name = "api_tokens")
class ApiToken {

	static final int MAX_NAME = 60;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "account_id", nullable = false, updatable = false)
	private long accountId;

	@Column(nullable = false, updatable = false, length = MAX_NAME)
	private String name;

	@Column(name = "token_hash", nullable = false, updatable = false, length = 64)
	private String tokenHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 5)
	private TokenScope scope;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false, updatable = false)
	private Instant expiresAt;

	@Column(name = "last_used_at")
	private @Nullable Instant lastUsedAt;

	protected ApiToken() {
		this.name = "";
		this.tokenHash = "";
		this.scope = TokenScope.READ;
		this.createdAt = Instant.EPOCH;
		this.expiresAt = Instant.EPOCH;
	}

	ApiToken(AccountId owner, String name, String tokenHash, TokenScope scope, Instant createdAt, Instant expiresAt) {
		this.accountId = owner.value();
		this.name = name;
		this.tokenHash = tokenHash;
		this.scope = scope;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	long id() {
		if (this.id == null) {
			throw new IllegalStateException("token not saved yet");
		}
		return this.id;
	}

	String name() {
		return this.name;
	}

	TokenScope scope() {
		return this.scope;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant expiresAt() {
		return this.expiresAt;
	}

	@Nullable Instant lastUsedAt() {
		return this.lastUsedAt;
	}

}
