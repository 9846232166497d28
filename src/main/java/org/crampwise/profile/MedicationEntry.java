package org.crampwise.profile;

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

import org.crampwise.account.AccountId;
import org.crampwise.system.ReadModelSource;

/**
 * A medication one account logged. The service has checked the values before they reach it.
 */
@Entity
@Table(name = "medications")
class MedicationEntry implements ReadModelSource {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "account_id", nullable = false, updatable = false)
	private long accountId;

	@Column(nullable = false, length = MedicationDraft.MAX_NAME)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private DrugClass drugClass;

	private @Nullable LocalDate startedOn;

	private @Nullable LocalDate stoppedOn;

	protected MedicationEntry() {
		this.name = "";
		this.drugClass = DrugClass.OTHER;
	}

	MedicationEntry(AccountId owner, MedicationDraft draft, DrugClass drugClass) {
		this.accountId = owner.value();
		this.name = draft.name();
		this.drugClass = drugClass;
		this.startedOn = draft.startedOn();
		this.stoppedOn = draft.stoppedOn();
	}

	void replaceWith(MedicationDraft draft, DrugClass drugClass) {
		this.name = draft.name();
		this.drugClass = drugClass;
		this.startedOn = draft.startedOn();
		this.stoppedOn = draft.stoppedOn();
	}

	AccountId owner() {
		return new AccountId(this.accountId);
	}

	Medication toMedication() {
		if (this.id == null) {
			throw new IllegalStateException("medication not saved yet");
		}
		return new Medication(this.id, this.name, this.drugClass, this.startedOn, this.stoppedOn);
	}

	@Override
	public long readModelOwner() {
		return this.accountId;
	}

}
