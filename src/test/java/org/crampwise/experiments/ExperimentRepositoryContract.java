package org.crampwise.experiments;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

import org.crampwise.support.AccountRows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The experiments' tables (V85, and V120's verdict column) and the queries of their repositories, on H2
 * ({@link ExperimentRepositoryTests}) and PostgreSQL ({@link ExperimentRepositoryPostgresTests}) with the same
 * migrations; each test is rolled back. A test that provokes a constraint does so last: PostgreSQL refuses every
 * later statement of a failed transaction.
 */
@Transactional
abstract class ExperimentRepositoryContract {

	static final LocalDate STARTS = LocalDate.of(2026, 9, 1);

	static final OffsetDateTime CREATED = OffsetDateTime.parse("2026-09-01T20:15:00Z");

	@Autowired
	ExperimentRepository experiments;

	@Autowired
	ExperimentPauseRepository pauses;

	@Autowired
	EntityManager entityManager;

	long ann;

	long bob;

	long cid;

	@BeforeEach
	void accounts() {
		this.ann = AccountRows.insert(this.entityManager, "ann");
		this.bob = AccountRows.insert(this.entityManager, "bob");
		this.cid = AccountRows.insert(this.entityManager, "cid");
	}

	@Test
	void storesTheScheduleAsDrawnAndFindsOnlyTheOwnersExperiments() {
		Experiment water = this.experiments
			.saveAndFlush(new Experiment(this.ann, TestedRemedy.STAY_HYDRATED, 2000, 6, "RUURUURR", STARTS, CREATED));
		this.entityManager.clear();

		Experiment found = this.experiments.findByIdAndAccountId(water.id(), this.ann).orElseThrow();
		assertThat(found.remedy()).isEqualTo(TestedRemedy.STAY_HYDRATED);
		assertThat(found.status()).isEqualTo(Experiment.Stored.ACTIVE);
		assertThat(found.waterTargetMl()).isEqualTo(2000);
		assertThat(found.plannedPairs()).isEqualTo(6);
		assertThat(found.armOrders()).isEqualTo("RUURUURR");
		assertThat(found.schedule(14).startsOn()).isEqualTo(STARTS);
		assertThat(found.extended()).isFalse();
		assertThat(found.endedOn()).isNull();
		assertThat(found.decision()).isNull();
		assertThat(found.verdict()).as("none while it runs").isNull();
		assertThat(this.experiments.findByIdAndAccountId(water.id(), this.bob)).as("another's id").isEmpty();
		assertThat(this.experiments.findByAccountIdOrderByIdDesc(this.bob)).isEmpty();
	}

	@Test
	void theLatestOfManyAccountsIsTheNewestOfEachAccountThatHasOne() {
		Experiment annOld = save(this.ann);
		annOld.stop(STARTS.plusDays(3));
		Experiment annNew = save(this.ann);
		Experiment bobOnly = save(this.bob);
		Experiment cidNew = save(this.cid);
		this.entityManager.flush();
		this.entityManager.clear();

		assertThat(this.experiments.findLatestOfAccounts(List.of(this.ann, this.bob, Long.MAX_VALUE)))
			.extracting(Experiment::id)
			.as("the newest of each given account; none of an account left out or without any")
			.containsExactlyInAnyOrder(annNew.id(), bobOnly.id());
		assertThat(this.experiments.findLatestOfAccounts(List.of(this.cid))).extracting(Experiment::id)
			.containsExactly(cidNew.id());
		assertThat(this.experiments.findByAccountIdOrderByIdDesc(this.ann)).extracting(Experiment::id)
			.containsExactly(annNew.id(), annOld.id());
		assertThat(this.experiments.findByIdAndAccountId(annOld.id(), this.ann).orElseThrow().status())
			.isEqualTo(Experiment.Stored.STOPPED);
	}

	@Test
	void theOpenExperimentsOfAnAccountAreTheActiveAndPausedOnesNewestFirst() {
		Experiment stopped = save(this.ann);
		stopped.stop(STARTS.plusDays(3));
		Experiment finished = save(this.ann);
		finished.finish(STARTS.plusDays(97), ExperimentVerdict.NOT_RELIABLE);
		Experiment paused = save(this.ann);
		paused.pause();
		Experiment active = save(this.ann);
		Experiment bobs = save(this.bob);
		this.entityManager.flush();
		this.entityManager.clear();

		assertThat(this.experiments.findOpenOfAccount(this.ann)).extracting(Experiment::id)
			.as("neither the stopped nor the finished one, nor another's")
			.containsExactly(active.id(), paused.id());
		assertThat(this.experiments.findOpenOfAccount(this.bob)).extracting(Experiment::id).containsExactly(bobs.id());
		assertThat(this.experiments.findOpenOfAccount(this.cid)).isEmpty();
	}

	@Test
	void theVerdictIsStoredAtTheFinishAndRewrittenOnlyWhenAnotherAnalysisDiffers() {
		Experiment experiment = save(this.ann);
		Experiment stopped = save(this.bob);
		stopped.stop(STARTS.plusDays(20));
		experiment.finish(STARTS.plusDays(97), ExperimentVerdict.NOT_RELIABLE);
		this.entityManager.flush();
		this.entityManager.clear();

		Experiment finished = this.experiments.findByIdAndAccountId(experiment.id(), this.ann).orElseThrow();
		assertThat(finished.status()).isEqualTo(Experiment.Stored.FINISHED);
		assertThat(finished.endedOn()).isEqualTo(STARTS.plusDays(97));
		assertThat(finished.verdict()).isEqualTo(ExperimentVerdict.NOT_RELIABLE);
		assertThat(finished.reanalysed(ExperimentVerdict.NOT_RELIABLE)).as("the same verdict").isFalse();
		assertThat(finished.reanalysed(ExperimentVerdict.CANT_TELL)).isTrue();
		finished.decide(Decision.UNDECIDED);
		this.entityManager.flush();
		this.entityManager.clear();

		assertThat(verdictColumn(experiment.id())).isEqualTo("CANT_TELL");
		assertThat(this.experiments.findLatestOfAccounts(List.of(this.ann, this.bob)))
			.extracting(Experiment::verdict, Experiment::decision)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(ExperimentVerdict.CANT_TELL,
					Decision.UNDECIDED), org.assertj.core.groups.Tuple.tuple(null, null));
		assertThat(verdictColumn(stopped.id())).as("a stopped experiment has none").isNull();
		assertThatThrownBy(() -> this.experiments.findByIdAndAccountId(stopped.id(), this.bob)
			.orElseThrow()
			.reanalysed(ExperimentVerdict.HELPED)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void everyVerdictFitsItsColumn() {
		for (ExperimentVerdict verdict : ExperimentVerdict.values()) {
			Experiment experiment = save(this.ann);
			experiment.finish(STARTS.plusDays(40), verdict);
			this.entityManager.flush();
			assertThat(verdictColumn(experiment.id())).isEqualTo(verdict.name());
		}
	}

	@Test
	void pausesAreListedInTheirOrderAndKeepTheirNights() {
		Experiment experiment = save(this.ann);
		Experiment other = save(this.bob);
		ExperimentPause first = new ExperimentPause(experiment.id(), this.ann, STARTS.plusDays(20), "See a clinician.");
		first.end(STARTS.plusDays(23));
		this.pauses.save(first);
		this.pauses.save(new ExperimentPause(experiment.id(), this.ann, STARTS.plusDays(30), "x".repeat(4000)));
		this.pauses.save(new ExperimentPause(other.id(), this.bob, STARTS.plusDays(25), "Bob's."));
		this.pauses.flush();
		this.entityManager.clear();

		List<ExperimentPause> found = this.pauses.findByExperimentIdOrderById(experiment.id());
		assertThat(found).extracting(ExperimentPause::message).containsExactly("See a clinician.", "x".repeat(4000));
		assertThat(found.get(0).open()).isFalse();
		assertThat(found.get(0).covers(STARTS.plusDays(22))).isTrue();
		assertThat(found.get(0).covers(STARTS.plusDays(23))).as("the night resumed").isFalse();
		assertThat(found.get(1).open()).isTrue();
		assertThat(found.get(1).covers(STARTS.plusDays(90))).isTrue();
		assertThat(this.pauses.findByExperimentIdOrderById(other.id())).extracting(ExperimentPause::message)
			.containsExactly("Bob's.");
	}

	@Test
	void deletingAnExperimentRemovesItsPausesAndTheAccountsEraseRemovesBoth() {
		Experiment anns = save(this.ann);
		Experiment bobs = save(this.bob);
		this.pauses.save(new ExperimentPause(anns.id(), this.ann, STARTS.plusDays(20), "Ann's."));
		this.pauses.save(new ExperimentPause(bobs.id(), this.bob, STARTS.plusDays(20), "Bob's."));
		this.entityManager.flush();
		this.entityManager.createNativeQuery("DELETE FROM experiments WHERE id = ?1")
			.setParameter(1, anns.id())
			.executeUpdate();
		this.entityManager.clear();
		assertThat(this.pauses.findByExperimentIdOrderById(anns.id())).as("the experiment's cascade").isEmpty();

		AccountRows.delete(this.entityManager, this.bob);
		assertThat(this.experiments.findByAccountIdOrderByIdDesc(this.bob)).isEmpty();
		assertThat(this.pauses.findByExperimentIdOrderById(bobs.id())).as("the account's cascade").isEmpty();
		assertThat(this.pauses.count()).isZero();
	}

	@Test
	void aScheduleOutsideItsBoundsIsRefused() {
		assertThatThrownBy(() -> this.experiments.saveAndFlush(new Experiment(this.ann,
				TestedRemedy.STRETCH_BEFORE_BED, null, 17, "R".repeat(19), STARTS, CREATED)))
			.as("at most 16 pairs")
			.isInstanceOfAny(DataIntegrityViolationException.class, PersistenceException.class);
	}

	@Test
	void aPauseNeedsItsExperiment() {
		assertThatThrownBy(() -> this.pauses
			.saveAndFlush(new ExperimentPause(Long.MAX_VALUE, this.ann, STARTS, "No such experiment.")))
			.isInstanceOfAny(DataIntegrityViolationException.class, PersistenceException.class);
	}

	private Experiment save(long account) {
		return this.experiments.save(new Experiment(account, TestedRemedy.STRETCH_BEFORE_BED, null, 6, "RURURURU",
				STARTS, CREATED));
	}

	private Object verdictColumn(long id) {
		return this.entityManager.createNativeQuery("SELECT verdict FROM experiments WHERE id = ?1")
			.setParameter(1, id)
			.getSingleResult();
	}

}
