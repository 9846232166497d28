package org.crampwise.clinician;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.crampwise.account.AccountErasing;
import org.crampwise.system.DataVersions;

/**
 * A clinician's erasure removes their grants by {@code ON DELETE CASCADE}, out of sight of the JPA listener that
 * raises a patient's data version when a grant changes: this raises it for each patient with an active grant of the
 * clinician, in the erasing transaction, so the note leaves the patient's cached tips page at once.
 */
@Component
class ErasedClinicianNotes {

	private final CareGrantRepository grants;

	private final DataVersions versions;

	ErasedClinicianNotes(CareGrantRepository grants, DataVersions versions) {
		this.grants = grants;
		this.versions = versions;
	}

	@EventListener
	void erasing(AccountErasing event) {
		this.grants.findActiveOfClinician(event.account().value())
			.forEach(grant -> this.versions.bump(grant.patientId()));
	}

}
