package org.crampwise.clinician;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import org.crampwise.support.AccountRows;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two patients confirm one invite code at the same moment: the database lets one use it
 * ({@link ClinicianInviteRepository#claim}), on H2 ({@link InviteClaimRaceTests}) and PostgreSQL
 * ({@link InviteClaimRacePostgresTests}). The first claim holds its transaction open while the second runs, so the
 * second meets the row the first has changed but not yet committed; either way it must not use the code again. Real
 * transactions, committed, so the test removes its rows itself.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class InviteClaimRaceContract {

	static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

	@Autowired
	ClinicianInviteRepository invites;

	@Autowired
	EntityManager entityManager;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void ofTwoClaimsOfOneCodeAtOnceOnlyOneUsesIt() throws Exception {
		TransactionTemplate tx = new TransactionTemplate(this.transactionManager);
		long doc = tx.execute(status -> AccountRows.insert(this.entityManager, "racedoc"));
		try {
			long id = tx.execute(status -> this.invites
				.save(new ClinicianInvite(doc, InviteCodes.hash("RACERACE"), NOW, NOW.plus(14, ChronoUnit.DAYS)))
				.id());
			CountDownLatch firstClaimed = new CountDownLatch(1);
			CountDownLatch release = new CountDownLatch(1);
			CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> tx.execute(status -> {
				int used = this.invites.claim(id, NOW.plusSeconds(1));
				firstClaimed.countDown();
				await(release);
				return used;
			}));
			await(firstClaimed);
			CompletableFuture<Integer> second = CompletableFuture
				.supplyAsync(() -> tx.execute(status -> this.invites.claim(id, NOW.plusSeconds(2))));
			// let the second reach the row while the first still holds it, then let the first commit
			Thread.sleep(500);
			release.countDown();
			assertThat(first.get(30, TimeUnit.SECONDS)).isOne();
			assertThat(second.get(30, TimeUnit.SECONDS)).as("the code was used a moment ago").isZero();
			Instant usedAt = tx.execute(status -> this.invites.findByCodeHash(InviteCodes.hash("RACERACE"))
				.orElseThrow()
				.usedAt());
			assertThat(usedAt).as("the first claim's").isEqualTo(NOW.plusSeconds(1));
		}
		finally {
			tx.executeWithoutResult(status -> AccountRows.delete(this.entityManager, doc));
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
