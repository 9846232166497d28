package org.crampwise.episode;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import org.crampwise.account.AccountId;

/**
 * An {@code Idempotency-Key} of {@code POST /api/v1/episodes/timed} and the episode it saved; unique per account
 * (see {@code V41__episode_idempotency_keys.sql}).
 */
@Entity
@Table(name = "episode_idempotency_keys")
class IdempotencyKey {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "account_id", nullable = false, updatable = false)
	private long accountId;

	@Column(name = "idempotency_key", nullable = false, updatable = false, length = 100)
	private String key;

	/** {@code null} once that episode was deleted. */
	@Column(name = "episode_id", updatable = false)
	private @Nullable Long episodeId;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected IdempotencyKey() {
		this.key = "";
		this.createdAt = Instant.EPOCH;
	}

	IdempotencyKey(AccountId owner, String key, long episodeId, Instant now) {
		this.accountId = owner.value();
		this.key = key;
		this.episodeId = episodeId;
		this.createdAt = now;
	}

	@Nullable Long episodeId() {
		return this.episodeId;
	}

}
