package org.crampwise.checkin;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

import org.crampwise.account.AccountId;
import org.crampwise.support.AccountRows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The check-in table and queries, run on H2 ({@link CheckInRepositoryTests}) and on PostgreSQL
 * ({@link CheckInRepositoryPostgresTests}) with the same Flyway migrations. Each test runs in a transaction that is
 * rolled back (declared here: the inherited test methods do not see the subclasses' {@code @DataJpaTest} one).
 */
@Transactional
abstract class CheckInRepositoryContract {

	static final LocalDate NIGHT = LocalDate.of(2026, 11, 19);

	@Autowired
	CheckInRepository checkIns;

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
	void storesEveryAnswerAndNullsForTheUnanswered() {
		CheckIn full = new CheckIn(NIGHT, 1500, 2, 1.5, 7.5, 3.0, ExerciseLevel.MODERATE, true, false, 2, false, true);
		CheckIn empty = CheckInRulesTests.blank(NIGHT.minusDays(1));
		this.checkIns.saveAndFlush(new NightlyCheckIn(this.alice, full));
		this.checkIns.saveAndFlush(new NightlyCheckIn(this.alice, empty));
		this.entityManager.clear();

		assertThat(this.checkIns.findByAccountIdAndNightOf(this.alice.value(), NIGHT).orElseThrow().toCheckIn())
			.isEqualTo(full);
		assertThat(this.checkIns.findByAccountIdAndNightOf(this.alice.value(), NIGHT.minusDays(1))
			.orElseThrow()
			.toCheckIn()).isEqualTo(empty);
	}

	@Test
	void theDatabaseKeepsOneCheckInPerAccountAndNight() {
		this.checkIns.saveAndFlush(new NightlyCheckIn(this.alice, CheckInRulesTests.blank(NIGHT)));
		this.checkIns.saveAndFlush(new NightlyCheckIn(this.bob, CheckInRulesTests.blank(NIGHT)));

		assertThatThrownBy(
				() -> this.checkIns.saveAndFlush(new NightlyCheckIn(this.alice, CheckInRulesTests.blank(NIGHT))))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void aRangeHoldsOnlyTheOwnersNightsWithinItNewestFirst() {
		for (int i = 0; i < 5; i++) {
			this.checkIns.saveAndFlush(new NightlyCheckIn(this.alice, CheckInRulesTests.blank(NIGHT.minusDays(i))));
		}
		this.checkIns.saveAndFlush(new NightlyCheckIn(this.bob, CheckInRulesTests.blank(NIGHT.minusDays(2))));

		List<LocalDate> nights = this.checkIns
			.findByAccountIdAndNightOfBetweenOrderByNightOfDesc(this.alice.value(), NIGHT.minusDays(3),
					NIGHT.minusDays(1))
			.stream()
			.map(NightlyCheckIn::nightOf)
			.toList();
		assertThat(nights).containsExactly(NIGHT.minusDays(1), NIGHT.minusDays(2), NIGHT.minusDays(3));

		Page<NightlyCheckIn> page = this.checkIns.findByAccountIdAndNightOfBetweenOrderByNightOfDesc(
				this.alice.value(), CheckInService.FIRST_NIGHT, CheckInService.LAST_NIGHT, PageRequest.of(1, 2));
		assertThat(page.getTotalElements()).isEqualTo(5);
		assertThat(page.getContent()).extracting(NightlyCheckIn::nightOf)
			.containsExactly(NIGHT.minusDays(2), NIGHT.minusDays(3));
	}

	@Test
	void theLatestEarlierNightIsFoundForPrefilling() {
		this.checkIns.saveAndFlush(new NightlyCheckIn(this.alice, CheckInRulesTests.blank(NIGHT.minusDays(5))));
		this.checkIns.saveAndFlush(new NightlyCheckIn(this.alice, CheckInRulesTests.blank(NIGHT.minusDays(2))));
		this.checkIns.saveAndFlush(new NightlyCheckIn(this.alice, CheckInRulesTests.blank(NIGHT)));
		this.checkIns.saveAndFlush(new NightlyCheckIn(this.bob, CheckInRulesTests.blank(NIGHT.minusDays(1))));

		assertThat(this.checkIns.findFirstByAccountIdAndNightOfBeforeOrderByNightOfDesc(this.alice.value(), NIGHT)
			.map(NightlyCheckIn::nightOf)).contains(NIGHT.minusDays(2));
		assertThat(this.checkIns.findFirstByAccountIdAndNightOfBeforeOrderByNightOfDesc(this.alice.value(),
				NIGHT.minusDays(5))).isEmpty();
	}

	@Test
	void erasingTheAccountErasesItsCheckIns() {
		this.checkIns.saveAndFlush(new NightlyCheckIn(this.alice, CheckInRulesTests.blank(NIGHT)));
		this.checkIns.saveAndFlush(new NightlyCheckIn(this.bob, CheckInRulesTests.blank(NIGHT)));

		AccountRows.delete(this.entityManager, this.alice.value());

		assertThat(this.checkIns.findByAccountIdAndNightOf(this.alice.value(), NIGHT)).isEmpty();
		assertThat(this.checkIns.findByAccountIdAndNightOf(this.bob.value(), NIGHT)).isPresent();
	}

}
