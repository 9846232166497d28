package org.crampwise.clinician;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import org.crampwise.system.ReadModelSource;

/**
 * A patient's grant of access to one clinician, active until revoked. The clinician's "magnesium agreed" and note to
 * the patient belong to the grant and end with it. A change of it raises the patient's data version (the tips page
 * keeps the note in its cached HTML).
 */
@Entity
@Table(name = "care_grants")
class CareGrant implements ReadModelSource {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "patient_id", nullable = false)
	private long patientId;

	@Column(name = "clinician_id", nullable = false)
	private long clinicianId;

	@Column(name = "granted_at", nullable = false)
	private Instant grantedAt;

	@Column(name = "revoked_at")
	private @Nullable Instant revokedAt;

	@Column(name = "magnesium_agreed", nullable = false)
	private boolean magnesiumAgreed;

	@Column(name = "magnesium_agreed_at")
	private @Nullable Instant magnesiumAgreedAt;

	@Column(length = 500)
	private @Nullable String note;

	@Column(name = "note_at")
	private @Nullable Instant noteAt;

	protected CareGrant() {
		this.grantedAt = Instant.EPOCH;
	}

	CareGrant(long patientId, long clinicianId, Instant grantedAt) {
		this.patientId = patientId;
		this.clinicianId = clinicianId;
		this.grantedAt = grantedAt;
	}

	long id() {
		if (this.id == null) {
			throw new IllegalStateException("grant not saved yet");
		}
		return this.id;
	}

	long patientId() {
		return this.patientId;
	}

	@Override
	public long readModelOwner() {
		return this.patientId;
	}

	long clinicianId() {
		return this.clinicianId;
	}

	Instant grantedAt() {
		return this.grantedAt;
	}

	@Nullable Instant revokedAt() {
		return this.revokedAt;
	}

	boolean active() {
		return this.revokedAt == null;
	}

	void revoke(Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

	boolean magnesiumAgreed() {
		return this.magnesiumAgreed;
	}

	@Nullable Instant magnesiumAgreedAt() {
		return this.magnesiumAgreedAt;
	}

	void agreeMagnesium(boolean agreed, Instant now) {
		this.magnesiumAgreed = agreed;
		this.magnesiumAgreedAt = agreed ? now : null;
	}

	@Nullable String note() {
		return this.note;
	}

	@Nullable Instant noteAt() {
		return this.noteAt;
	}

	void writeNote(@Nullable String note, Instant now) {
		this.note = (note == null || note.isBlank()) ? null : note.strip();
		this.noteAt = (this.note == null) ? null : now;
	}

}
