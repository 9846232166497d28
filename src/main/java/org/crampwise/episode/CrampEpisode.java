package org.crampwise.episode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import org.crampwise.account.AccountId;
import org.crampwise.system.NightRule;
import org.crampwise.system.ReadModelSource;

/**
 * One cramp episode of one user. The start is kept as an instant plus the UTC offset the user logged it with; the
 * night it belongs to and whether it was a daytime cramp are derived from that local time whenever the start is set,
 * so queries can filter by night through the index.
 * <p>
 * Intensity, muscle and side are {@code null} only while an episode saved by the "cramp now" timer waits for the
 * user's quick choices.
 */
@Entity
@Table(name = "cramp_episodes")
class CrampEpisode implements ReadModelSource {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "account_id", nullable = false, updatable = false)
	private long accountId;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt;

	@Column(name = "start_offset_seconds", nullable = false)
	private int startOffsetSeconds;

	@Column(name = "night_of", nullable = false)
	private LocalDate nightOf;

	@Column(nullable = false)
	private boolean daytime;

	@Column(name = "duration_seconds", nullable = false)
	private int durationSeconds;

	private @Nullable Integer intensity;

	@Enumerated(EnumType.STRING)
	@Column(length = 16)
	private @Nullable Muscle muscle;

	@Enumerated(EnumType.STRING)
	@Column(length = 16)
	private @Nullable Side side;

	@Column(name = "woke_from_sleep", nullable = false)
	private boolean wokeFromSleep;

	@Convert(converter = EnumSetConverter.Reliefs.class)
	@Column(name = "reliefs_tried", nullable = false, length = 100)
	private Set<Relief> reliefsTried;

	@Enumerated(EnumType.STRING)
	@Column(name = "helped_most", length = 32)
	private @Nullable Relief helpedMost;

	@Convert(converter = EnumSetConverter.WarningSigns.class)
	@Column(name = "warning_signs", nullable = false, length = 100)
	private Set<WarningSign> warningSigns;

	@Column(length = 4000)
	private @Nullable String notes;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected CrampEpisode() {
		this.startedAt = Instant.EPOCH;
		this.nightOf = LocalDate.EPOCH;
		this.reliefsTried = Set.of();
		this.warningSigns = Set.of();
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	private CrampEpisode(AccountId owner, OffsetDateTime startedAt, int durationSeconds, Instant now) {
		this();
		this.accountId = owner.value();
		startAt(startedAt);
		this.durationSeconds = durationSeconds;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** An episode logged in full, with the form or the API. */
	static CrampEpisode logged(AccountId owner, EpisodeValues values, Instant now) {
		CrampEpisode episode = new CrampEpisode(owner, values.startedAt(), values.durationSeconds(), now);
		episode.correct(values, now);
		return episode;
	}

	/**
	 * An episode timed with "cramp now": its start and duration are known, everything else waits for the user. No
	 * reliefs and no warning signs; woke-from-sleep as the contract defaults it for the timer: {@code true} for a
	 * cramp that began at night (local time 20:00-10:00, the complement of {@link NightRule#isDaytime}), else
	 * {@code false}.
	 */
	static CrampEpisode timed(AccountId owner, OffsetDateTime startedAt, int durationSeconds, Instant now) {
		CrampEpisode episode = new CrampEpisode(owner, startedAt, durationSeconds, now);
		episode.wokeFromSleep = !episode.daytime;
		return episode;
	}

	/** A deleted episode stored again (undo), with the details it had, given or not. */
	static CrampEpisode restored(AccountId owner, Episode was, Instant now) {
		CrampEpisode episode = new CrampEpisode(owner, was.startedAt(), was.durationSeconds(), now);
		episode.intensity = was.intensity();
		episode.muscle = was.muscle();
		episode.side = was.side();
		episode.wokeFromSleep = was.wokeFromSleep();
		episode.reliefsTried = was.reliefsTried();
		episode.helpedMost = was.helpedMost();
		episode.warningSigns = was.warningSigns();
		episode.notes = was.notes();
		return episode;
	}

	/** Replaces every detail, as an edit does. */
	void correct(EpisodeValues values, Instant now) {
		startAt(values.startedAt());
		this.durationSeconds = values.durationSeconds();
		this.intensity = values.intensity();
		this.muscle = values.muscle();
		this.side = values.side();
		this.wokeFromSleep = values.wokeFromSleep();
		this.reliefsTried = values.reliefsTried();
		this.helpedMost = values.helpedMost();
		this.warningSigns = values.warningSigns();
		this.notes = values.notes();
		this.updatedAt = now;
	}

	void rate(int intensity, Instant now) {
		this.intensity = intensity;
		this.updatedAt = now;
	}

	void feltIn(Muscle muscle, Instant now) {
		this.muscle = muscle;
		this.updatedAt = now;
	}

	void onSide(Side side, Instant now) {
		this.side = side;
		this.updatedAt = now;
	}

	void woke(boolean woke, Instant now) {
		this.wokeFromSleep = woke;
		this.updatedAt = now;
	}

	/** Notes a warning sign, or takes it back. */
	void toggleWarningSign(WarningSign sign, Instant now) {
		EnumSet<WarningSign> signs = this.warningSigns.isEmpty() ? EnumSet.noneOf(WarningSign.class)
				: EnumSet.copyOf(this.warningSigns);
		if (!signs.remove(sign)) {
			signs.add(sign);
		}
		this.warningSigns = Set.copyOf(signs);
		this.updatedAt = now;
	}

	/** Marks a relief as tried, or no longer tried; un-trying the one that helped most clears that too. */
	void toggleTried(Relief relief, Instant now) {
		EnumSet<Relief> tried = this.reliefsTried.isEmpty() ? EnumSet.noneOf(Relief.class)
				: EnumSet.copyOf(this.reliefsTried);
		if (!tried.remove(relief)) {
			tried.add(relief);
		}
		else if (relief == this.helpedMost) {
			this.helpedMost = null;
		}
		this.reliefsTried = Set.copyOf(tried);
		this.updatedAt = now;
	}

	/** Names the relief that helped most; it must be one that was tried. */
	void helpedMost(Relief relief, Instant now) {
		EpisodeRules.checkHelpedMost(relief, this.reliefsTried);
		this.helpedMost = relief;
		this.updatedAt = now;
	}

	boolean belongsTo(AccountId owner) {
		return this.accountId == owner.value();
	}

	Set<Relief> reliefsTried() {
		return this.reliefsTried;
	}

	AccountId owner() {
		return new AccountId(this.accountId);
	}

	Episode toEpisode() {
		if (this.id == null) {
			throw new IllegalStateException("episode not saved yet");
		}
		return new Episode(this.id, startedAt(), this.durationSeconds, this.intensity, this.muscle, this.side,
				this.wokeFromSleep, this.reliefsTried, this.helpedMost, this.warningSigns, this.notes, this.nightOf,
				this.daytime);
	}

	private OffsetDateTime startedAt() {
		return this.startedAt.atOffset(ZoneOffset.ofTotalSeconds(this.startOffsetSeconds));
	}

	private void startAt(OffsetDateTime startedAt) {
		this.startedAt = startedAt.toInstant();
		this.startOffsetSeconds = startedAt.getOffset().getTotalSeconds();
		this.nightOf = NightRule.nightOf(startedAt);
		this.daytime = NightRule.isDaytime(startedAt);
	}

	@Override
	public long readModelOwner() {
		return this.accountId;
	}

}
