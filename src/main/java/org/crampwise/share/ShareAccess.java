package org.crampwise.share;

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

/** One opening of a share link: when, and what. Written once, never changed. */
@Entity
@Table(name = "share_accesses")
class ShareAccess {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "account_id", nullable = false, updatable = false)
	private long accountId;

	@Column(name = "share_id", nullable = false, updatable = false)
	private long shareId;

	@Column(name = "accessed_at", nullable = false, updatable = false)
	private Instant accessedAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 8)
	private AccessKind what;

	/** The hex SHA-256 of the client's address (never the address), for the per-client limit. */
	@Column(name = "client_key", updatable = false, length = 64)
	private @Nullable String clientKey;

	protected ShareAccess() {
		this.accessedAt = Instant.EPOCH;
		this.what = AccessKind.VIEW;
	}

	ShareAccess(ShareLink link, AccessKind what, Instant accessedAt, String clientKey) {
		this.clientKey = clientKey;
		this.accountId = link.owner().value();
		this.shareId = link.id();
		this.what = what;
		this.accessedAt = accessedAt;
	}

	long shareId() {
		return this.shareId;
	}

	Instant accessedAt() {
		return this.accessedAt;
	}

	AccessKind what() {
		return this.what;
	}

}
