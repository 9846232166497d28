package org.crampwise.advice;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

import org.crampwise.profile.DrugClass;
import org.crampwise.profile.Medication;

/** Test data: a medication, taken since long before the window and still taken, until told otherwise. */
public final class MedicationBuilder {

	private static final AtomicLong IDS = new AtomicLong();

	private final String name;

	private final DrugClass drugClass;

	private @Nullable LocalDate startedOn = AdviceContextBuilder.AS_OF.minusYears(2);

	private @Nullable LocalDate stoppedOn;

	private MedicationBuilder(String name, DrugClass drugClass) {
		this.name = name;
		this.drugClass = drugClass;
	}

	public static MedicationBuilder medication(String name, DrugClass drugClass) {
		return new MedicationBuilder(name, drugClass);
	}

	public MedicationBuilder startedOn(@Nullable LocalDate day) {
		this.startedOn = day;
		return this;
	}

	public MedicationBuilder stoppedOn(@Nullable LocalDate day) {
		this.stoppedOn = day;
		return this;
	}

	public Medication build() {
		return new Medication(IDS.incrementAndGet(), this.name, this.drugClass, this.startedOn, this.stoppedOn);
	}

}
