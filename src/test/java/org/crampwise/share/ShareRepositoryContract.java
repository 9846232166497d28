package org.crampwise.share;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

import org.crampwise.account.AccountId;
import org.crampwise.export.ExportRange;
import org.crampwise.support.AccountRows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The share tables (V4) and queries, on H2 ({@link ShareRepositoryTests}) and PostgreSQL
 * ({@link ShareRepositoryPostgresTests}) with the same migrations; each test is rolled back.
 */
@Transactional
abstract class ShareRepositoryContract {

	static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

	static final ExportRange RANGE = new ExportRange(LocalDate.of(2026, 8, 30), LocalDate.of(2026, 11, 27));

	@Autowired
	ShareLinkRepository links;

	@Autowired
	ShareAccessRepository accesses;

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
	void storesALinkAndFindsItByTheHashOfItsTokenOnly() {
		ShareLink saved = link(this.alice, "a".repeat(64), NOW);
		this.entityManager.flush();
		this.entityManager.clear();

		ShareLink found = this.links.findByTokenHash("a".repeat(64)).orElseThrow();
		assertThat(found.id()).isEqualTo(saved.id());
		assertThat(found.owner()).isEqualTo(this.alice);
		assertThat(found.range()).isEqualTo(RANGE);
		assertThat(found.createdAt()).isEqualTo(NOW);
		assertThat(found.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(30)));
		assertThat(found.revokedAt()).isNull();
		assertThat(this.links.findByTokenHash("b".repeat(64))).isEmpty();
	}

	@Test
	void findsALinkByIdForItsOwnerOnly() {
		ShareLink saved = link(this.alice, "c".repeat(64), NOW);
		assertThat(this.links.findByIdAndAccountId(saved.id(), this.alice.value())).isPresent();
		assertThat(this.links.findByIdAndAccountId(saved.id(), this.bob.value())).isEmpty();
	}

	@Test
	void listsTheOwnersLinksNewestFirst() {
		ShareLink older = link(this.alice, "d".repeat(64), NOW.minusSeconds(60));
		ShareLink newer = link(this.alice, "e".repeat(64), NOW);
		link(this.bob, "f".repeat(64), NOW);

		assertThat(this.links.findByAccountIdOrderByCreatedAtDescIdDesc(this.alice.value(), PageRequest.of(0, 10)))
			.extracting(ShareLink::id)
			.containsExactly(newer.id(), older.id());
	}

	@Test
	void aTokenHashIsUniqueAcrossAllUsers() {
		link(this.alice, "1".repeat(64), NOW);
		this.entityManager.flush();
		assertThatThrownBy(() -> {
			link(this.bob, "1".repeat(64), NOW);
			this.entityManager.flush();
		}).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
	}

	@Test
	void keepsTheAccessLogPerOwnerAndLink() {
		ShareLink mine = link(this.alice, "2".repeat(64), NOW);
		ShareLink other = link(this.alice, "3".repeat(64), NOW);
		this.accesses.save(new ShareAccess(mine, AccessKind.VIEW, NOW, "c"));
		this.accesses.save(new ShareAccess(mine, AccessKind.PDF, NOW.plusSeconds(5), "c"));
		this.accesses.save(new ShareAccess(other, AccessKind.FHIR, NOW, "c"));
		this.entityManager.flush();
		this.entityManager.clear();

		assertThat(this.accesses.findByAccountIdAndShareIdOrderByAccessedAtDescIdDesc(this.alice.value(), mine.id()))
			.extracting(ShareAccess::what)
			.containsExactly(AccessKind.PDF, AccessKind.VIEW);
		assertThat(this.accesses.findByAccountIdAndShareIdOrderByAccessedAtDescIdDesc(this.bob.value(), mine.id()))
			.isEmpty();
		assertThat(this.accesses.findByAccountIdAndShareIdInOrderByAccessedAtDescIdDesc(this.alice.value(),
				List.of(mine.id(), other.id())))
			.hasSize(3);
	}

	@Test
	void revokingIsStored() {
		ShareLink link = link(this.alice, "4".repeat(64), NOW);
		link.revoke(NOW.plusSeconds(10));
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(this.links.findByTokenHash("4".repeat(64)).orElseThrow().revokedAt())
			.isEqualTo(NOW.plusSeconds(10));
	}

	@Test
	void erasingTheAccountErasesItsLinksAndTheirLog() {
		ShareLink link = link(this.alice, "5".repeat(64), NOW);
		this.accesses.save(new ShareAccess(link, AccessKind.VIEW, NOW, "c"));
		link(this.bob, "6".repeat(64), NOW);

		AccountRows.delete(this.entityManager, this.alice.value());

		assertThat(this.links.findByTokenHash("5".repeat(64))).isEmpty();
		assertThat(count("share_accesses")).isZero();
		assertThat(this.links.findByTokenHash("6".repeat(64))).isPresent();
	}

	private long count(String table) {
		return ((Number) this.entityManager.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult())
			.longValue();
	}

	private ShareLink link(AccountId owner, String hash, Instant created) {
		return this.links.save(new ShareLink(owner, hash, RANGE, created, created.plus(Duration.ofDays(30))));
	}

}
