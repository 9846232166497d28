package org.crampwise.account;

import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Accounts#zoneOf} reads the zone once per request: later calls of the same request see the first read, the
 * next request reads again, a change made through {@link Accounts#changeTimeZone} is seen at once, and reads inside
 * a transaction or outside any request always go to the database.
 */
@IntegrationTest
class AccountZoneTests {

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	private AccountId id;

	@BeforeEach
	void register() {
		String name = "zone" + System.nanoTime() % 10_000_000;
		this.id = this.accounts.register(Registration.patient(name, "correct-horse-battery", "Europe/Paris")).id();
	}

	@AfterEach
	void endRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void aRequestReadsTheZoneOnceAndTheNextReadsItAgain() {
		startRequest();
		assertThat(this.accounts.zoneOf(this.id)).isEqualTo(ZoneId.of("Europe/Paris"));
		setZoneInDatabase("Asia/Tokyo");
		assertThat(this.accounts.zoneOf(this.id)).as("kept for the rest of the request")
			.isEqualTo(ZoneId.of("Europe/Paris"));

		startRequest();
		assertThat(this.accounts.zoneOf(this.id)).isEqualTo(ZoneId.of("Asia/Tokyo"));
	}

	@Test
	void aChangeOfTheRequestIsSeenAtOnce() {
		startRequest();
		assertThat(this.accounts.zoneOf(this.id)).isEqualTo(ZoneId.of("Europe/Paris"));
		this.accounts.changeTimeZone(this.id, "America/Chicago");
		assertThat(this.accounts.zoneOf(this.id)).isEqualTo(ZoneId.of("America/Chicago"));
	}

	@Test
	void aChangeRolledBackIsNotKept() {
		startRequest();
		assertThat(this.accounts.zoneOf(this.id)).isEqualTo(ZoneId.of("Europe/Paris"));
		this.transactions.executeWithoutResult(status -> {
			this.accounts.changeTimeZone(this.id, "America/Chicago");
			assertThat(this.accounts.zoneOf(this.id)).as("the transaction sees its own change")
				.isEqualTo(ZoneId.of("America/Chicago"));
			status.setRollbackOnly();
		});
		assertThat(this.accounts.zoneOf(this.id)).isEqualTo(ZoneId.of("Europe/Paris"));
	}

	@Test
	void insideATransactionOrOutsideARequestEveryCallReads() {
		startRequest();
		assertThat(this.accounts.zoneOf(this.id)).isEqualTo(ZoneId.of("Europe/Paris"));
		setZoneInDatabase("Asia/Tokyo");
		ZoneId inside = this.transactions.execute(status -> this.accounts.zoneOf(this.id));
		assertThat(inside).isEqualTo(ZoneId.of("Asia/Tokyo"));

		RequestContextHolder.resetRequestAttributes();
		assertThat(this.accounts.zoneOf(this.id)).isEqualTo(ZoneId.of("Asia/Tokyo"));
		setZoneInDatabase("Australia/Sydney");
		assertThat(this.accounts.zoneOf(this.id)).isEqualTo(ZoneId.of("Australia/Sydney"));
	}

	private static void startRequest() {
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
	}

	private void setZoneInDatabase(String zone) {
		assertThat(this.jdbc.update("UPDATE accounts SET time_zone = ? WHERE id = ?", zone, this.id.value()))
			.isEqualTo(1);
	}

}
