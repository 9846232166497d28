package org.crampwise.clinician;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A clinician's invite code, stored as its hash only; single use, expiring. */
@Entity
@Table(name = "clinician_invites")
class ClinicianInvite {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "clinician_id", nullable = false)
	private long clinicianId;

	@Column(name = "code_hash", nullable = false, length = 64)
	private String codeHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private @Nullable Instant usedAt;

	protected ClinicianInvite() {
		this.codeHash = "";
		this.createdAt = Instant.EPOCH;
		this.expiresAt = Instant.EPOCH;
	}

	ClinicianInvite(long clinicianId, String codeHash, Instant createdAt, Instant expiresAt) {
		this.clinicianId = clinicianId;
		this.codeHash = codeHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	long id() {
		if (this.id == null) {
			throw new IllegalStateException("invite not saved yet");
		}
		return this.id;
	}

	long clinicianId() {
		return this.clinicianId;
	}

	Instant expiresAt() {
		return this.expiresAt;
	}

	/** Unused and not expired at {@code now}. */
	boolean usableAt(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt);
	}

	@Nullable Instant usedAt() {
		return this.usedAt;
	}

}
