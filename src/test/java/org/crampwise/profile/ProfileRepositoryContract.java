package org.crampwise.profile;

import java.time.LocalDate;
import java.util.Set;

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
 * The profile and medication tables, run on H2 ({@link ProfileRepositoryTests}) and on PostgreSQL
 * ({@link ProfileRepositoryPostgresTests}) with the same Flyway migrations. Each test is rolled back.
 */
@Transactional
abstract class ProfileRepositoryContract {

	@Autowired
	HealthProfileRepository profiles;

	@Autowired
	MedicationRepository medications;

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
	void storesAProfileWithItsConditionsAndReplacesItWhole() {
		StoredHealthProfile stored = new StoredHealthProfile(this.alice);
		stored.replaceWith(new HealthProfile(1952, Pregnancy.NONE,
				Set.of(HealthCondition.DIABETES, HealthCondition.KIDNEY_DISEASE)));
		this.profiles.saveAndFlush(stored);
		this.entityManager.clear();

		StoredHealthProfile found = this.profiles.findById(this.alice.value()).orElseThrow();
		assertThat(found.toProfile()).isEqualTo(new HealthProfile(1952, Pregnancy.NONE,
				Set.of(HealthCondition.DIABETES, HealthCondition.KIDNEY_DISEASE)));

		found.replaceWith(new HealthProfile(null, Pregnancy.SECOND_TRIMESTER, Set.of(HealthCondition.THYROID_DISORDER)));
		this.profiles.saveAndFlush(found);
		this.entityManager.clear();

		assertThat(this.profiles.findById(this.alice.value()).orElseThrow().toProfile()).isEqualTo(
				new HealthProfile(null, Pregnancy.SECOND_TRIMESTER, Set.of(HealthCondition.THYROID_DISORDER)));
		assertThat(this.profiles.findById(this.bob.value())).isEmpty();
	}

	@Test
	void findsAProfileWithItsConditionsInOneReadOnlyForItsOwner() {
		StoredHealthProfile stored = new StoredHealthProfile(this.alice);
		stored.replaceWith(new HealthProfile(1952, Pregnancy.NONE,
				Set.of(HealthCondition.DIABETES, HealthCondition.KIDNEY_DISEASE)));
		this.profiles.saveAndFlush(stored);
		StoredHealthProfile empty = new StoredHealthProfile(this.bob);
		empty.replaceWith(new HealthProfile(1990, Pregnancy.NONE, Set.of()));
		this.profiles.saveAndFlush(empty);
		this.entityManager.clear();

		assertThat(this.profiles.findWithConditions(this.alice.value()).orElseThrow().toProfile()).isEqualTo(
				new HealthProfile(1952, Pregnancy.NONE, Set.of(HealthCondition.DIABETES, HealthCondition.KIDNEY_DISEASE)));
		assertThat(this.profiles.findWithConditions(this.bob.value()).orElseThrow().toProfile())
			.isEqualTo(new HealthProfile(1990, Pregnancy.NONE, Set.of()));
		assertThat(this.profiles.findWithConditions(this.alice.value() + this.bob.value() + 1000)).isEmpty();
	}

	@Test
	void medicationsAreFoundOnlyThroughTheirOwner() {
		MedicationEntry lasix = this.medications.saveAndFlush(new MedicationEntry(this.alice,
				new MedicationDraft("Lasix", null, LocalDate.of(2026, 10, 1), null), DrugClass.LOOP_DIURETIC));
		this.medications.saveAndFlush(new MedicationEntry(this.bob, new MedicationDraft("Zocor", null, null, null),
				DrugClass.STATIN));
		this.entityManager.clear();

		long id = lasix.toMedication().id();
		assertThat(this.medications.findByIdAndAccountId(id, this.alice.value())).isPresent();
		assertThat(this.medications.findByIdAndAccountId(id, this.bob.value())).isEmpty();
		assertThat(this.medications.findByAccountId(this.alice.value())).extracting(m -> m.toMedication().name())
			.containsExactly("Lasix");
		assertThat(this.medications.findByIdAndAccountId(id, this.alice.value()).orElseThrow().toMedication())
			.isEqualTo(new Medication(id, "Lasix", DrugClass.LOOP_DIURETIC, LocalDate.of(2026, 10, 1), null));
	}

	@Test
	void theDatabaseRefusesAStopBeforeTheStart() {
		MedicationEntry backwards = new MedicationEntry(this.alice,
				new MedicationDraft("Lasix", null, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 9, 1)),
				DrugClass.LOOP_DIURETIC);

		assertThatThrownBy(() -> this.medications.saveAndFlush(backwards))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void erasingTheAccountErasesItsProfileConditionsAndMedications() {
		StoredHealthProfile stored = new StoredHealthProfile(this.alice);
		stored.replaceWith(new HealthProfile(1960, Pregnancy.NONE, Set.of(HealthCondition.LIVER_DISEASE)));
		this.profiles.saveAndFlush(stored);
		this.medications.saveAndFlush(new MedicationEntry(this.alice, new MedicationDraft("Zocor", null, null, null),
				DrugClass.STATIN));

		AccountRows.delete(this.entityManager, this.alice.value());

		assertThat(this.profiles.findById(this.alice.value())).isEmpty();
		assertThat(this.medications.findByAccountId(this.alice.value())).isEmpty();
		assertThat(((Number) this.entityManager
			.createNativeQuery("SELECT COUNT(*) FROM health_profile_conditions WHERE account_id = ?1")
			.setParameter(1, this.alice.value())
			.getSingleResult()).longValue()).isZero();
	}

}
