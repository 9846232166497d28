package org.crampwise.reminders;

import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ReminderFeedRepository extends Repository<ReminderFeed, Long> {

	ReminderFeed save(ReminderFeed feed);

	ReminderFeed saveAndFlush(ReminderFeed feed);

	Optional<ReminderFeed> findByAccountId(long accountId);

	/** Through the unique index on token_hash. */
	Optional<ReminderFeed> findByTokenHash(String tokenHash);

	@Modifying
	@Query("delete from ReminderFeed f where f.accountId = :accountId")
	int deleteByAccountId(long accountId);

}
