package org.crampwise.profile;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A medication as the user enters it, from the page or the API, before the rules have checked it.
 *
 * @param name as typed or picked; required, at most {@value #MAX_NAME} characters
 * @param drugClass null to look the name up in the catalog ({@code OTHER} when unknown)
 * @param startedOn when it was started, if known
 * @param stoppedOn when it was stopped, null while still taken; not before {@code startedOn}
 */
record MedicationDraft(String name, @Nullable DrugClass drugClass, @Nullable LocalDate startedOn,
		@Nullable LocalDate stoppedOn) {

	static final int MAX_NAME = 100;

	MedicationDraft {
		name = (name == null) ? "" : name.strip().replaceAll("\\s+", " ");
	}

}
