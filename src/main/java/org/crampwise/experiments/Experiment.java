package org.crampwise.experiments;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.crampwise.system.ReadModelSource;

/**
 * One experiment as stored; its schedule never changes after creation (the extension only adds its drawn pairs). A
 * {@link ReadModelSource}, as its pauses are: tonight's task ({@link ExperimentPages#tonight}) is kept per data
 * version.
 */
@Entity
@Table(name = "experiments")
class Experiment implements ReadModelSource {

	/** What is stored in {@code status}: RUN_IN and RUNNING are both ACTIVE, told apart by the clock. */
	enum Stored {

		ACTIVE, PAUSED, FINISHED, STOPPED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TestedRemedy remedy = TestedRemedy.STRETCH_BEFORE_BED;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Stored status = Stored.ACTIVE;

	@Column(name = "water_target_ml")
	private @Nullable Integer waterTargetMl;

	@Column(name = "block_nights", nullable = false)
	private int blockNights;

	@Column(name = "wash_in_nights", nullable = false)
	private int washInNights;

	@Column(name = "planned_pairs", nullable = false)
	private int plannedPairs;

	@Column(nullable = false)
	private int pairs;

	@Column(nullable = false)
	private boolean extended;

	@Column(name = "arm_orders", nullable = false)
	private String armOrders = "";

	@Column(name = "starts_on", nullable = false)
	private LocalDate startsOn = LocalDate.EPOCH;

	@Column(name = "ended_on")
	private @Nullable LocalDate endedOn;

	@Enumerated(EnumType.STRING)
	private @Nullable Decision decision;

	/** The verdict as last analysed: set on finishing, refreshed when a new analysis differs; null otherwise. */
	@Enumerated(EnumType.STRING)
	@Column(length = 24)
	private @Nullable ExperimentVerdict verdict;

	@Column(name = "created_at", nullable = false)
	private OffsetDateTime createdAt = OffsetDateTime.MIN;

	protected Experiment() {
	}

	Experiment(long accountId, TestedRemedy remedy, @Nullable Integer waterTargetMl, int pairs, String armOrders,
			LocalDate startsOn, OffsetDateTime createdAt) {
		this.accountId = accountId;
		this.remedy = remedy;
		this.waterTargetMl = waterTargetMl;
		this.blockNights = remedy.blockNights();
		this.washInNights = remedy.washInNights();
		this.plannedPairs = pairs;
		this.pairs = pairs;
		this.armOrders = armOrders;
		this.startsOn = startsOn;
		this.createdAt = createdAt;
	}

	long id() {
		if (this.id == null) {
			throw new IllegalStateException("not saved yet");
		}
		return this.id;
	}

	long accountId() {
		return this.accountId;
	}

	TestedRemedy remedy() {
		return this.remedy;
	}

	Stored status() {
		return this.status;
	}

	@Nullable Integer waterTargetMl() {
		return this.waterTargetMl;
	}

	int plannedPairs() {
		return this.plannedPairs;
	}

	boolean extended() {
		return this.extended;
	}

	String armOrders() {
		return this.armOrders;
	}

	@Nullable LocalDate endedOn() {
		return this.endedOn;
	}

	@Nullable Decision decision() {
		return this.decision;
	}

	@Nullable ExperimentVerdict verdict() {
		return this.verdict;
	}

	Schedule schedule(int runInNights) {
		return new Schedule(this.startsOn, runInNights, this.blockNights, this.washInNights, this.pairs,
				this.armOrders);
	}

	boolean open() {
		return this.status == Stored.ACTIVE || this.status == Stored.PAUSED;
	}

	void pause() {
		this.status = Stored.PAUSED;
	}

	void resume() {
		this.status = Stored.ACTIVE;
	}

	void stop(LocalDate night) {
		this.status = Stored.STOPPED;
		this.endedOn = night;
	}

	void finish(LocalDate lastNight, ExperimentVerdict verdict) {
		this.status = Stored.FINISHED;
		this.endedOn = lastNight;
		this.verdict = verdict;
	}

	/**
	 * A finished experiment analysed again (a night edited after the finish): stores the verdict when it differs.
	 * @return whether it changed
	 */
	boolean reanalysed(ExperimentVerdict verdict) {
		if (this.status != Stored.FINISHED) {
			throw new IllegalStateException("not finished");
		}
		if (verdict == this.verdict) {
			return false;
		}
		this.verdict = verdict;
		return true;
	}

	/** The pre-declared extension: the drawn pairs beyond the planned ones join the schedule, once. */
	void extend() {
		if (this.extended) {
			throw new IllegalStateException("extended already");
		}
		this.extended = true;
		this.pairs = this.plannedPairs + TestedRemedy.EXTENSION_PAIRS;
	}

	void decide(Decision decision) {
		this.decision = decision;
	}

	@Override
	public long readModelOwner() {
		return this.accountId;
	}

}
