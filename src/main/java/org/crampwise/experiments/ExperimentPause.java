package org.crampwise.experiments;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import org.crampwise.system.ReadModelSource;

/** A pause of an experiment: nights {@code fromNight} up to the night before {@code toNight} are left out. */
@Entity
@Table(name = "experiment_pauses")
class ExperimentPause implements ReadModelSource {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "experiment_id", nullable = false)
	private long experimentId;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(name = "from_night", nullable = false)
	private LocalDate fromNight = LocalDate.EPOCH;

	@Column(name = "to_night")
	private @Nullable LocalDate toNight;

	@Column(nullable = false)
	private String message = "";

	protected ExperimentPause() {
	}

	ExperimentPause(long experimentId, long accountId, LocalDate fromNight, String message) {
		this.experimentId = experimentId;
		this.accountId = accountId;
		this.fromNight = fromNight;
		this.message = message;
	}

	String message() {
		return this.message;
	}

	boolean open() {
		return this.toNight == null;
	}

	void end(LocalDate night) {
		this.toNight = night.isBefore(this.fromNight) ? this.fromNight : night;
	}

	/** Whether the night was paused (while open: every night from its start). */
	boolean covers(LocalDate night) {
		return !night.isBefore(this.fromNight) && (this.toNight == null || night.isBefore(this.toNight));
	}

	@Override
	public long readModelOwner() {
		return this.accountId;
	}

}
