package org.crampwise.clinician;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.transaction.annotation.Transactional;

import org.crampwise.support.AccountRows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The clinician workspace's tables (V100: accounts.role and display_name, clinician_invites, care_grants,
 * care_accesses) and the queries of its repositories, on H2 ({@link ClinicianRepositoriesTests}) and PostgreSQL
 * ({@link ClinicianRepositoriesPostgresTests}) with the same migrations; each test is rolled back. A test that
 * provokes a constraint does so last: PostgreSQL refuses every later statement of a failed transaction.
 */
@Transactional
abstract class ClinicianRepositoriesContract {

	static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

	static final Instant IN_14_DAYS = NOW.plus(14, ChronoUnit.DAYS);

	@Autowired
	ClinicianInviteRepository invites;

	@Autowired
	CareGrantRepository grants;

	@Autowired
	CareAccessRepository accesses;

	@Autowired
	EntityManager entityManager;

	long doc;

	long otherDoc;

	long ann;

	long bob;

	@BeforeEach
	void accounts() {
		this.doc = AccountRows.insert(this.entityManager, "doc");
		this.otherDoc = AccountRows.insert(this.entityManager, "otherdoc");
		this.ann = AccountRows.insert(this.entityManager, "ann");
		this.bob = AccountRows.insert(this.entityManager, "bob");
	}

	@Test
	void everyAccountIsAPatientUntilMadeAClinicianAndTheDisplayNameHoldsEightyCharacters() {
		assertThat(column("role", this.ann)).isEqualTo("PATIENT");
		assertThat(column("display_name", this.ann)).isNull();
		this.entityManager.createNativeQuery("UPDATE accounts SET role = 'CLINICIAN', display_name = ?1 WHERE id = ?2")
			.setParameter(1, "D".repeat(80))
			.setParameter(2, this.doc)
			.executeUpdate();
		assertThat(column("role", this.doc)).isEqualTo("CLINICIAN");
		assertThat(column("display_name", this.doc)).isEqualTo("D".repeat(80));
		assertThatThrownBy(() -> this.entityManager
			.createNativeQuery("UPDATE accounts SET display_name = ?1 WHERE id = ?2")
			.setParameter(1, "D".repeat(81))
			.setParameter(2, this.doc)
			.executeUpdate()).isInstanceOf(PersistenceException.class);
	}

	@Test
	void anInviteIsFoundByTheHashOfItsCodeOnlyAndKeepsItsExpiry() {
		String hash = InviteCodes.hash("K7PQM2XD");
		this.invites.save(new ClinicianInvite(this.doc, hash, NOW, IN_14_DAYS));
		flushAndClear();

		ClinicianInvite found = this.invites.findByCodeHash(hash).orElseThrow();
		assertThat(found.clinicianId()).isEqualTo(this.doc);
		assertThat(found.expiresAt()).isEqualTo(IN_14_DAYS);
		assertThat(found.usedAt()).isNull();
		assertThat(found.usableAt(NOW)).isTrue();
		assertThat(found.usableAt(IN_14_DAYS.minusSeconds(1))).isTrue();
		assertThat(found.usableAt(IN_14_DAYS)).as("expired at its expiry").isFalse();
		assertThat(this.invites.findByCodeHash("K7PQM2XD")).as("the code itself is not stored").isEmpty();
		assertThat(this.invites.findByCodeHash(InviteCodes.hash("K7PQM2XE"))).isEmpty();
		assertThat(this.entityManager.createNativeQuery("SELECT code_hash FROM clinician_invites WHERE clinician_id = ?1")
			.setParameter(1, this.doc)
			.getSingleResult()).isEqualTo(hash).asString().hasSize(64);
	}

	@Test
	void anInviteIsUsedOnceOnlyAndNeverAfterItsExpiry() {
		long id = this.invites.save(new ClinicianInvite(this.doc, InviteCodes.hash("AAAABBBB"), NOW, IN_14_DAYS)).id();
		long late = this.invites.save(new ClinicianInvite(this.doc, InviteCodes.hash("CCCCDDDD"), NOW, IN_14_DAYS)).id();
		this.entityManager.flush();

		assertThat(this.invites.claim(id, NOW.plusSeconds(60))).isOne();
		assertThat(this.invites.claim(id, NOW.plusSeconds(120))).as("used already").isZero();
		assertThat(this.invites.claim(late, IN_14_DAYS)).as("expired").isZero();
		this.entityManager.clear();
		ClinicianInvite used = this.invites.findByCodeHash(InviteCodes.hash("AAAABBBB")).orElseThrow();
		assertThat(used.usedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(used.usableAt(NOW.plusSeconds(180))).isFalse();
		assertThat(this.invites.findByCodeHash(InviteCodes.hash("CCCCDDDD")).orElseThrow().usedAt()).isNull();
	}

	@Test
	void theClinicianAccountsEraseRemovesItsInvites() {
		this.invites.save(new ClinicianInvite(this.doc, InviteCodes.hash("AAAABBBB"), NOW, IN_14_DAYS));
		this.invites.save(new ClinicianInvite(this.otherDoc, InviteCodes.hash("CCCCDDDD"), NOW, IN_14_DAYS));
		AccountRows.delete(this.entityManager, this.doc);
		assertThat(this.invites.findByCodeHash(InviteCodes.hash("AAAABBBB"))).isEmpty();
		assertThat(this.invites.findByCodeHash(InviteCodes.hash("CCCCDDDD"))).isPresent();
	}

	@Test
	void oneCodeHashIsOneInvite() {
		this.invites.save(new ClinicianInvite(this.doc, InviteCodes.hash("AAAABBBB"), NOW, IN_14_DAYS));
		this.entityManager.flush();
		assertThatThrownBy(() -> {
			this.invites.save(new ClinicianInvite(this.otherDoc, InviteCodes.hash("AAAABBBB"), NOW, IN_14_DAYS));
			this.entityManager.flush();
		}).isInstanceOfAny(DataIntegrityViolationException.class, PersistenceException.class);
	}

	@Test
	void anActiveGrantIsFoundUntilRevokedAndOnlyForItsClinicianAndPatient() {
		CareGrant grant = this.grants.save(new CareGrant(this.ann, this.doc, NOW));
		this.grants.save(new CareGrant(this.bob, this.otherDoc, NOW));
		flushAndClear();

		assertThat(this.grants.findActive(this.doc, this.ann)).map(CareGrant::id).contains(grant.id());
		assertThat(this.grants.findActive(this.otherDoc, this.ann)).isEmpty();
		assertThat(this.grants.findActive(this.doc, this.bob)).isEmpty();
		assertThat(this.grants.findByIdAndPatientId(grant.id(), this.ann)).isPresent();
		assertThat(this.grants.findByIdAndPatientId(grant.id(), this.bob)).as("another patient's grant").isEmpty();

		CareGrant stored = this.grants.findByIdAndPatientId(grant.id(), this.ann).orElseThrow();
		stored.revoke(NOW.plusSeconds(3600));
		flushAndClear();
		assertThat(this.grants.findActive(this.doc, this.ann)).as("revoked").isEmpty();
		assertThat(this.grants.findActiveOfClinician(this.doc)).isEmpty();
		assertThat(this.grants.findActiveOfPatient(this.ann)).isEmpty();
		assertThat(this.grants.findAllOfPatient(this.ann)).singleElement()
			.satisfies(g -> assertThat(g.revokedAt()).isEqualTo(NOW.plusSeconds(3600)));
	}

	@Test
	void theListsOfGrantsHoldTheActiveOnesInTheirOrderAndThePatientsHistoryNewestFirst() {
		CareGrant first = this.grants.save(new CareGrant(this.ann, this.doc, NOW));
		CareGrant second = this.grants.save(new CareGrant(this.bob, this.doc, NOW.plusSeconds(10)));
		CareGrant other = this.grants.save(new CareGrant(this.ann, this.otherDoc, NOW.plusSeconds(20)));
		CareGrant revoked = this.grants.save(new CareGrant(this.ann, this.doc, NOW.minusSeconds(100)));
		revoked.revoke(NOW);
		flushAndClear();

		assertThat(this.grants.findActiveOfClinician(this.doc)).extracting(CareGrant::id)
			.containsExactly(first.id(), second.id());
		assertThat(this.grants.findActiveOfPatient(this.ann)).extracting(CareGrant::id)
			.containsExactly(first.id(), other.id());
		assertThat(this.grants.findAllOfPatient(this.ann)).extracting(CareGrant::id)
			.containsExactly(other.id(), first.id(), revoked.id());
	}

	@Test
	void magnesiumIsAgreedOnlyWhileAnAgreeingGrantIsActive() {
		CareGrant grant = this.grants.save(new CareGrant(this.ann, this.doc, NOW));
		this.grants.save(new CareGrant(this.ann, this.otherDoc, NOW));
		flushAndClear();
		assertThat(this.grants.magnesiumAgreed(this.ann)).isFalse();

		CareGrant stored = this.grants.findByIdAndPatientId(grant.id(), this.ann).orElseThrow();
		stored.agreeMagnesium(true, NOW);
		stored.writeNote("  Please see me this week.  ", NOW);
		flushAndClear();
		assertThat(this.grants.magnesiumAgreed(this.ann)).isTrue();
		assertThat(this.grants.magnesiumAgreed(this.bob)).isFalse();
		CareGrant agreed = this.grants.findByIdAndPatientId(grant.id(), this.ann).orElseThrow();
		assertThat(agreed.magnesiumAgreedAt()).isEqualTo(NOW);
		assertThat(agreed.note()).isEqualTo("Please see me this week.");

		agreed.revoke(NOW.plusSeconds(60));
		flushAndClear();
		assertThat(this.grants.magnesiumAgreed(this.ann)).as("ends with the grant").isFalse();
	}

	@Test
	void aNoteHoldsFiveHundredCharacters() {
		CareGrant grant = this.grants.save(new CareGrant(this.ann, this.doc, NOW));
		grant.writeNote("n".repeat(500), NOW);
		flushAndClear();
		CareGrant stored = this.grants.findByIdAndPatientId(grant.id(), this.ann).orElseThrow();
		assertThat(stored.note()).hasSize(500);
		stored.writeNote("n".repeat(501), NOW);
		assertThatThrownBy(this.entityManager::flush).isInstanceOf(PersistenceException.class);
	}

	@Test
	void theAuditTrailOfAGrantIsNewestFirstLimitedAndItsOwnOnly() {
		CareGrant grant = this.grants.save(new CareGrant(this.ann, this.doc, NOW));
		CareGrant bobs = this.grants.save(new CareGrant(this.bob, this.doc, NOW));
		this.accesses.save(new CareAccess(grant.id(), this.ann, AccessKind.PAGE, null, null, NOW.plusSeconds(1)));
		this.accesses.save(new CareAccess(grant.id(), this.ann, AccessKind.REPORT_PDF, LocalDate.of(2026, 9, 1),
				LocalDate.of(2026, 11, 30), NOW.plusSeconds(3)));
		this.accesses.save(new CareAccess(grant.id(), this.ann, AccessKind.FHIR_BUNDLE, null, null, NOW.plusSeconds(2)));
		this.accesses.save(new CareAccess(bobs.id(), this.bob, AccessKind.EPISODES_CSV, null, null, NOW.plusSeconds(9)));
		flushAndClear();

		assertThat(this.accesses.findOfGrant(grant.id(), Limit.of(10))).extracting(CareAccess::kind)
			.containsExactly(AccessKind.REPORT_PDF, AccessKind.FHIR_BUNDLE, AccessKind.PAGE);
		assertThat(this.accesses.findOfGrant(grant.id(), Limit.of(2))).extracting(CareAccess::kind)
			.containsExactly(AccessKind.REPORT_PDF, AccessKind.FHIR_BUNDLE);
		CareAccess report = this.accesses.findOfGrant(grant.id(), Limit.of(1)).get(0);
		assertThat(report.grantId()).isEqualTo(grant.id());
		assertThat(report.rangeFrom()).isEqualTo(LocalDate.of(2026, 9, 1));
		assertThat(report.rangeTo()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(report.accessedAt()).isEqualTo(NOW.plusSeconds(3));
		assertThat(this.accesses.findOfGrant(bobs.id(), Limit.of(10))).extracting(CareAccess::kind)
			.containsExactly(AccessKind.EPISODES_CSV);
	}

	@Test
	void thePatientsEraseRemovesTheirGrantsAndAuditTrailAndTheClinicianKeepsTheRest() {
		CareGrant anns = this.grants.save(new CareGrant(this.ann, this.doc, NOW));
		CareGrant bobs = this.grants.save(new CareGrant(this.bob, this.doc, NOW));
		this.accesses.save(new CareAccess(anns.id(), this.ann, AccessKind.PAGE, null, null, NOW));
		this.accesses.save(new CareAccess(bobs.id(), this.bob, AccessKind.PAGE, null, null, NOW));
		AccountRows.delete(this.entityManager, this.ann);

		assertThat(count("care_grants", "patient_id", this.ann)).isZero();
		assertThat(count("care_accesses", "patient_id", this.ann)).isZero();
		assertThat(this.grants.findActiveOfClinician(this.doc)).extracting(CareGrant::patientId)
			.containsExactly(this.bob);
		assertThat(this.accesses.findOfGrant(bobs.id(), Limit.of(10))).hasSize(1);
	}

	@Test
	void theCliniciansEraseRemovesTheirGrantsWithTheirAuditTrail() {
		CareGrant anns = this.grants.save(new CareGrant(this.ann, this.doc, NOW));
		CareGrant others = this.grants.save(new CareGrant(this.ann, this.otherDoc, NOW));
		this.accesses.save(new CareAccess(anns.id(), this.ann, AccessKind.PAGE, null, null, NOW));
		this.accesses.save(new CareAccess(others.id(), this.ann, AccessKind.PAGE, null, null, NOW));
		AccountRows.delete(this.entityManager, this.doc);

		assertThat(count("care_grants", "clinician_id", this.doc)).isZero();
		assertThat(count("care_accesses", "grant_id", anns.id())).as("through the grant's cascade").isZero();
		assertThat(this.grants.findActiveOfPatient(this.ann)).extracting(CareGrant::clinicianId)
			.containsExactly(this.otherDoc);
		assertThat(this.accesses.findOfGrant(others.id(), Limit.of(10))).hasSize(1);
	}

	@Test
	void anAccessNeedsAnExistingGrant() {
		assertThatThrownBy(() -> {
			this.accesses.save(new CareAccess(Long.MAX_VALUE, this.ann, AccessKind.PAGE, null, null, NOW));
			this.entityManager.flush();
		}).isInstanceOfAny(DataIntegrityViolationException.class, PersistenceException.class);
	}

	private void flushAndClear() {
		this.entityManager.flush();
		this.entityManager.clear();
	}

	private Object column(String column, long account) {
		return this.entityManager.createNativeQuery("SELECT " + column + " FROM accounts WHERE id = ?1")
			.setParameter(1, account)
			.getSingleResult();
	}

	private long count(String table, String column, long value) {
		this.entityManager.flush();
		return ((Number) this.entityManager
			.createNativeQuery("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?1")
			.setParameter(1, value)
			.getSingleResult()).longValue();
	}

}
