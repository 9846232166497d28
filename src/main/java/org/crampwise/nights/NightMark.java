package org.crampwise.nights;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.crampwise.system.ReadModelSource;

/** A "no cramps" mark: the user said this night had no cramps. */
@Entity
@Table(name = "night_marks")
@IdClass(NightMark.Key.class)
class NightMark implements ReadModelSource {

	@Id
	@Column(name = "account_id")
	private long accountId;

	@Id
	@Column(name = "night_of")
	private LocalDate nightOf;

	@Column(name = "marked_at", nullable = false)
	private OffsetDateTime markedAt;

	protected NightMark() {
		this.nightOf = LocalDate.EPOCH;
		this.markedAt = OffsetDateTime.MIN;
	}

	NightMark(long accountId, LocalDate nightOf, OffsetDateTime markedAt) {
		this.accountId = accountId;
		this.nightOf = nightOf;
		this.markedAt = markedAt;
	}

	LocalDate nightOf() {
		return this.nightOf;
	}

	/** The composite key: account and night. */
	static class Key implements Serializable {

		private long accountId;

		private LocalDate nightOf = LocalDate.EPOCH;

		Key() {
		}

		Key(long accountId, LocalDate nightOf) {
			this.accountId = accountId;
			this.nightOf = nightOf;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.accountId == this.accountId && key.nightOf.equals(this.nightOf);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.accountId, this.nightOf);
		}

	}

	@Override
	public long readModelOwner() {
		return this.accountId;
	}

}
