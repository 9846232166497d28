package org.crampwise.profile;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Health profiles, keyed by their account's id. */
interface HealthProfileRepository extends Repository<StoredHealthProfile, Long> {

	Optional<StoredHealthProfile> findById(Long accountId);

	/**
	 * The owner's profile with its conditions in one statement (issue 11: {@link #findById} and then the conditions
	 * collection were two, on every profile page).
	 */
	@org.springframework.data.jpa.repository.Query("select p from StoredHealthProfile p "
			+ "left join fetch p.conditions where p.accountId = :accountId")
	Optional<StoredHealthProfile> findWithConditions(long accountId);

	/** Several owners' profiles with their conditions, in one statement. */
	@org.springframework.data.jpa.repository.Query("select distinct p from StoredHealthProfile p "
			+ "left join fetch p.conditions where p.accountId in :accountIds")
	java.util.List<StoredHealthProfile> findAllOf(java.util.Collection<Long> accountIds);

	StoredHealthProfile saveAndFlush(StoredHealthProfile profile);

}
