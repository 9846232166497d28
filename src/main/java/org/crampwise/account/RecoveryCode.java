package org.crampwise.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** One unused recovery code of an account, stored as a SHA-256 hash. Using it deletes it. */
@Entity
@Table(name = "recovery_codes")
class RecoveryCode {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(name = "code_hash", nullable = false, length = 64)
	private String codeHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected RecoveryCode() {
		this.codeHash = "";
		this.createdAt = Instant.EPOCH;
	}

	RecoveryCode(AccountId accountId, String codeHash, Instant createdAt) {
		this.accountId = accountId.value();
		this.codeHash = codeHash;
		this.createdAt = createdAt;
	}

}
