package org.crampwise.episode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

import org.crampwise.account.AccountId;

/**
 * A running "cramp now" timer, kept on the server so it survives a reload, a closed tab or a switch of device. The
 * account id is the key: a user has at most one. Like an episode it keeps the start instant and the offset of the
 * user's zone at that moment, so the episode it becomes carries the offset it was timed with.
 */
@Entity
@Table(name = "episode_timers")
class EpisodeTimer implements Persistable<Long> {

	@Id
	@Column(name = "account_id")
	private Long accountId;

	@Column(name = "started_at", nullable = false, updatable = false)
	private Instant startedAt;

	@Column(name = "start_offset_seconds", nullable = false, updatable = false)
	private int startOffsetSeconds;

	/** Always inserted, never merged: a second start at the same moment fails on the key instead of overwriting. */
	@Transient
	private boolean fresh;

	protected EpisodeTimer() {
		this.accountId = 0L;
		this.startedAt = Instant.EPOCH;
	}

	EpisodeTimer(AccountId owner, OffsetDateTime startedAt) {
		this.accountId = owner.value();
		this.startedAt = startedAt.toInstant();
		this.startOffsetSeconds = startedAt.getOffset().getTotalSeconds();
		this.fresh = true;
	}

	OffsetDateTime startedAt() {
		return this.startedAt.atOffset(ZoneOffset.ofTotalSeconds(this.startOffsetSeconds));
	}

	@Override
	public Long getId() {
		return this.accountId;
	}

	@Override
	public boolean isNew() {
		return this.fresh;
	}

	@PostLoad
	@PostPersist
	void stored() {
		this.fresh = false;
	}

}
