package org.crampwise.episode;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface IdempotencyKeyRepository extends JpaRepository<IdempotencyKey, Long> {

	Optional<IdempotencyKey> findByAccountIdAndKey(long accountId, String key);

}
