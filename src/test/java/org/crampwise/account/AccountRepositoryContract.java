package org.crampwise.account;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The account tables and queries, run once on H2 ({@link AccountRepositoryTests}) and once on PostgreSQL
 * ({@link AccountRepositoryPostgresTests}) with the same Flyway migrations.
 */
@org.springframework.transaction.annotation.Transactional
abstract class AccountRepositoryContract {

	private static final Instant CREATED = Instant.parse("2026-11-20T10:15:30Z");

	@Autowired
	AccountRepository accounts;

	@Autowired
	LoginFailuresRepository loginFailures;

	@Test
	void storesTheNameInLowerCaseAndFindsItBack() {
		Account saved = this.accounts
			.saveAndFlush(new Account("Alice.Smith", "{bcrypt}hash", ZoneId.of("Europe/Paris"), CREATED));

		Account found = this.accounts.findByUsername("alice.smith").orElseThrow();
		assertThat(found.id()).isEqualTo(saved.id());
		assertThat(found.timeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
		assertThat(found.createdAt()).isEqualTo(CREATED);
		assertThat(this.accounts.existsByUsername("alice.smith")).isTrue();
		assertThat(this.accounts.existsByUsername("bob")).isFalse();
	}

	@Test
	void theDatabaseRefusesASecondAccountWithTheSameName() {
		this.accounts.saveAndFlush(new Account("carol", "{bcrypt}a", ZoneId.of("UTC"), CREATED));

		assertThatThrownBy(() -> this.accounts.saveAndFlush(new Account("Carol", "{bcrypt}b", ZoneId.of("UTC"), CREATED)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void remembersFailedSignInsAndTheLock() {
		LoginThrottleSettings settings = new LoginThrottleSettings(2, java.time.Duration.ofMinutes(15),
				java.time.Duration.ofMinutes(15), 20);
		LoginFailures failures = new LoginFailures("mallory", CREATED);
		failures.recordFailure(CREATED, settings);
		failures.recordFailure(CREATED.plusSeconds(5), settings);
		this.loginFailures.save(failures);

		LoginFailures found = this.loginFailures.findById("mallory").orElseThrow();
		assertThat(found.failures()).isEqualTo(2);
		assertThat(found.isLocked(CREATED.plusSeconds(60))).isTrue();
		assertThat(found.isLocked(CREATED.plusSeconds(5 + 15 * 60))).isFalse();
	}

}
