package org.crampwise.advice;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.crampwise.system.ReadModelSource;

/**
 * A dismissed urgent flag: the newest episode it was raised from when the user dismissed it (see {@link UrgentFlags}).
 * A read-model source: a dismissal changes what {@link UrgentFlags} answers, and that answer is cached per data version.
 */
@Entity
@Table(name = "urgent_flag_dismissals")
class UrgentFlagDismissal implements ReadModelSource {

	@Id
	@Column(name = "account_id")
	private Long accountId;

	@Column(name = "seen_episode_id", nullable = false)
	private long seenEpisodeId;

	@Column(name = "dismissed_at", nullable = false)
	private Instant dismissedAt;

	protected UrgentFlagDismissal() {
		this.accountId = 0L;
		this.dismissedAt = Instant.EPOCH;
	}

	UrgentFlagDismissal(long accountId, long seenEpisodeId, Instant dismissedAt) {
		this.accountId = accountId;
		this.seenEpisodeId = seenEpisodeId;
		this.dismissedAt = dismissedAt;
	}

	@Override
	public long readModelOwner() {
		return this.accountId;
	}

	long seenEpisodeId() {
		return this.seenEpisodeId;
	}

	void seen(long episodeId, Instant now) {
		this.seenEpisodeId = Math.max(this.seenEpisodeId, episodeId);
		this.dismissedAt = now;
	}

}
