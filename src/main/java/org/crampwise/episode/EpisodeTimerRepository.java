package org.crampwise.episode;

import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface EpisodeTimerRepository extends Repository<EpisodeTimer, Long> {

	Optional<EpisodeTimer> findById(Long accountId);

	EpisodeTimer saveAndFlush(EpisodeTimer timer);

	/**
	 * Deletes the user's timer in one statement and says whether there was one. Of two stops racing each other,
	 * exactly one sees 1: the other waits for its row lock and then sees 0.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from EpisodeTimer t where t.accountId = :accountId")
	int deleteByAccountId(long accountId);

}
