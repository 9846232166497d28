package org.crampwise.profile;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** What the medication forms bind. An empty class means "look the name up in the catalog". */
record MedicationForm(@Nullable String name, @Nullable DrugClass drugClass,
		@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate startedOn,
		@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate stoppedOn) {

	static final MedicationForm BLANK = new MedicationForm(null, null, null, null);

	static MedicationForm of(Medication medication) {
		return new MedicationForm(medication.name(), medication.drugClass(), medication.startedOn(),
				medication.stoppedOn());
	}

	MedicationDraft toDraft() {
		return new MedicationDraft((this.name != null) ? this.name : "", this.drugClass, this.startedOn,
				this.stoppedOn);
	}

}
