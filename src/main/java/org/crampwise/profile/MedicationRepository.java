package org.crampwise.profile;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Medications, always of one account: every query starts with the account id. */
interface MedicationRepository extends Repository<MedicationEntry, Long> {

	List<MedicationEntry> findByAccountId(long accountId);

	/** Several owners' medications in one statement. */
	List<MedicationEntry> findByAccountIdIn(java.util.Collection<Long> accountIds);

	Optional<MedicationEntry> findByIdAndAccountId(long id, long accountId);

	MedicationEntry saveAndFlush(MedicationEntry medication);

	void delete(MedicationEntry medication);

}
