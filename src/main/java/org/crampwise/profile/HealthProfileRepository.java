package org.crampwise.profile;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Health profiles, keyed by their account's id. */
interface HealthProfileRepository extends Repository<StoredHealthProfile, Long> {

	Optional<StoredHealthProfile> findById(Long accountId);

	StoredHealthProfile saveAndFlush(StoredHealthProfile profile);

}
