package org.crampwise.clinician;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** One row of the audit trail: a clinician opened something of the patient's (docs/clinicians.md). */
@Entity
@Table(name = "care_accesses")
class CareAccess {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "grant_id", nullable = false)
	private long grantId;

	@Column(name = "patient_id", nullable = false)
	private long patientId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private AccessKind kind;

	@Column(name = "range_from")
	private @Nullable LocalDate rangeFrom;

	@Column(name = "range_to")
	private @Nullable LocalDate rangeTo;

	@Column(name = "accessed_at", nullable = false)
	private Instant accessedAt;

	protected CareAccess() {
		this.kind = AccessKind.PAGE;
		this.accessedAt = Instant.EPOCH;
	}

	CareAccess(long grantId, long patientId, AccessKind kind, @Nullable LocalDate rangeFrom,
			@Nullable LocalDate rangeTo, Instant accessedAt) {
		this.grantId = grantId;
		this.patientId = patientId;
		this.kind = kind;
		this.rangeFrom = rangeFrom;
		this.rangeTo = rangeTo;
		this.accessedAt = accessedAt;
	}

	long grantId() {
		return this.grantId;
	}

	AccessKind kind() {
		return this.kind;
	}

	@Nullable LocalDate rangeFrom() {
		return this.rangeFrom;
	}

	@Nullable LocalDate rangeTo() {
		return this.rangeTo;
	}

	Instant accessedAt() {
		return this.accessedAt;
	}

}
