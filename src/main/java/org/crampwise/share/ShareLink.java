package org.crampwise.share;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import org.crampwise.account.AccountId;
import org.crampwise.export.ExportRange;

/**
 * A link a user made for a clinician: one range of nights, readable without an account until it expires or is
 * revoked. Only the SHA-256 hash of its token is kept. A revoked link stays (with its access log) but never opens
 * again.
 */
@Entity
@Table(name = "share_links")
class ShareLink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "account_id", nullable = false, updatable = false)
	private long accountId;

	@Column(name = "token_hash", nullable = false, updatable = false, length = 64)
	private String tokenHash;

	@Column(name = "from_night", nullable = false, updatable = false)
	private LocalDate fromNight;

	@Column(name = "to_night", nullable = false, updatable = false)
	private LocalDate toNight;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false, updatable = false)
	private Instant expiresAt;

	@Column(name = "revoked_at")
	private @Nullable Instant revokedAt;

	protected ShareLink() {
		this.tokenHash = "";
		this.fromNight = LocalDate.EPOCH;
		this.toNight = LocalDate.EPOCH;
		this.createdAt = Instant.EPOCH;
		this.expiresAt = Instant.EPOCH;
	}

	ShareLink(AccountId owner, String tokenHash, ExportRange range, Instant createdAt, Instant expiresAt) {
		if (!expiresAt.isAfter(createdAt)) {
			throw new IllegalArgumentException("a link must expire after it was made");
		}
		this.accountId = owner.value();
		this.tokenHash = tokenHash;
		this.fromNight = range.from();
		this.toNight = range.to();
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	/** Revokes the link at once; revoking again keeps the first time. */
	void revoke(Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

	/** What the link is at that moment: revoked wins over expired. */
	ShareStatus statusAt(Instant now) {
		if (this.revokedAt != null) {
			return ShareStatus.REVOKED;
		}
		return now.isBefore(this.expiresAt) ? ShareStatus.ACTIVE : ShareStatus.EXPIRED;
	}

	long id() {
		if (this.id == null) {
			throw new IllegalStateException("share link not saved yet");
		}
		return this.id;
	}

	AccountId owner() {
		return new AccountId(this.accountId);
	}

	ExportRange range() {
		return new ExportRange(this.fromNight, this.toNight);
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant expiresAt() {
		return this.expiresAt;
	}

	@Nullable Instant revokedAt() {
		return this.revokedAt;
	}

}
