package org.crampwise.reminders;

import java.time.Instant;
import java.time.LocalTime;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

import org.crampwise.account.AccountId;
import org.crampwise.support.AccountRows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reminder feed table (V90) and its queries, on H2 ({@link ReminderFeedRepositoryTests}) and PostgreSQL
 * ({@link ReminderFeedRepositoryPostgresTests}) with the same migrations; each test is rolled back.
 */
@Transactional
abstract class ReminderFeedRepositoryContract {

	static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

	static final ReminderTimes TIMES = new ReminderTimes(LocalTime.of(22, 45), LocalTime.of(6, 50));

	@Autowired
	ReminderFeedRepository feeds;

	@Autowired
	EntityManager entityManager;

	AccountId alice;

	AccountId bob;

	@BeforeEach
	void accounts() {
		this.alice = new AccountId(AccountRows.insert(this.entityManager, "alice"));
		this.bob = new AccountId(AccountRows.insert(this.entityManager, "bob"));
	}

	@Test
	void storesAFeedWithItsLocalTimesAndFindsItByTheHashOfItsTokenOnly() {
		this.feeds.saveAndFlush(new ReminderFeed(this.alice, "a".repeat(64), TIMES, "es", NOW));
		this.entityManager.clear();

		ReminderFeed found = this.feeds.findByTokenHash("a".repeat(64)).orElseThrow();
		assertThat(found.owner()).isEqualTo(this.alice);
		assertThat(found.times()).isEqualTo(TIMES);
		assertThat(found.language()).isEqualTo("es");
		assertThat(found.createdAt()).isEqualTo(NOW);
		assertThat(this.feeds.findByTokenHash("b".repeat(64))).isEmpty();
		assertThat(this.feeds.findByAccountId(this.bob.value())).isEmpty();
	}

	@Test
	void holdsOneFeedPerAccountAndOneAccountPerToken() {
		this.feeds.saveAndFlush(new ReminderFeed(this.alice, "a".repeat(64), TIMES, "en", NOW));
		assertThatThrownBy(
				() -> this.feeds.saveAndFlush(new ReminderFeed(this.alice, "c".repeat(64), TIMES, "en", NOW)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void deletesOnlyTheOwnersFeedAndTheAccountsCascadeRemovesIt() {
		this.feeds.saveAndFlush(new ReminderFeed(this.alice, "a".repeat(64), TIMES, "en", NOW));
		this.feeds.saveAndFlush(new ReminderFeed(this.bob, "b".repeat(64), TIMES, "en", NOW));
		assertThat(this.feeds.deleteByAccountId(this.alice.value())).isOne();
		assertThat(this.feeds.findByTokenHash("b".repeat(64))).isPresent();

		AccountRows.delete(this.entityManager, this.bob.value());
		this.entityManager.clear();
		assertThat(this.feeds.findByTokenHash("b".repeat(64))).isEmpty();
	}

}
