package org.crampwise.advice;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

import org.crampwise.episode.Episode;
import org.crampwise.episode.Muscle;
import org.crampwise.episode.Relief;
import org.crampwise.episode.Side;
import org.crampwise.episode.WarningSign;
import org.crampwise.system.NightRule;

/**
 * Test data: a cramp episode. {@link #cramp(LocalDate)} starts at 02:30 after the evening of that night (so its
 * {@code nightOf} is that night); {@link #daytime(LocalDate)} at 14:00 on that day. {@code nightOf} and
 * {@code daytime} are derived with the real {@link NightRule}.
 */
public final class EpisodeBuilder {

	private static final AtomicLong IDS = new AtomicLong();

	private OffsetDateTime startedAt;

	private int durationSeconds = 90;

	private int intensity = 6;

	private Muscle muscle = Muscle.CALF;

	private Side side = Side.LEFT;

	private boolean wokeFromSleep = true;

	private Set<Relief> reliefsTried = EnumSet.noneOf(Relief.class);

	private @Nullable Relief helpedMost;

	private Set<WarningSign> warningSigns = EnumSet.noneOf(WarningSign.class);

	private EpisodeBuilder(OffsetDateTime startedAt) {
		this.startedAt = startedAt;
	}

	/** A night cramp at 02:30 local time after the evening of {@code night}. */
	public static EpisodeBuilder cramp(LocalDate night) {
		return new EpisodeBuilder(OffsetDateTime.of(night.plusDays(1), LocalTime.of(2, 30), AdviceContextBuilder.OFFSET));
	}

	/** A daytime cramp at 14:00 local time on {@code day} (its nightOf is that day). */
	public static EpisodeBuilder daytime(LocalDate day) {
		return new EpisodeBuilder(OffsetDateTime.of(day, LocalTime.of(14, 0), AdviceContextBuilder.OFFSET));
	}

	public EpisodeBuilder startedAt(OffsetDateTime startedAt) {
		this.startedAt = startedAt;
		return this;
	}

	public EpisodeBuilder seconds(int durationSeconds) {
		this.durationSeconds = durationSeconds;
		return this;
	}

	public EpisodeBuilder intensity(int intensity) {
		this.intensity = intensity;
		return this;
	}

	public EpisodeBuilder muscle(Muscle muscle) {
		this.muscle = muscle;
		return this;
	}

	public EpisodeBuilder tried(Relief... reliefs) {
		this.reliefsTried = reliefs.length == 0 ? EnumSet.noneOf(Relief.class) : EnumSet.copyOf(List.of(reliefs));
		return this;
	}

	/** Tried that relief (and any already tried) and it helped most. */
	public EpisodeBuilder helpedMost(Relief relief) {
		this.reliefsTried.add(relief);
		this.helpedMost = relief;
		return this;
	}

	public EpisodeBuilder signs(WarningSign... signs) {
		this.warningSigns = signs.length == 0 ? EnumSet.noneOf(WarningSign.class) : EnumSet.copyOf(List.of(signs));
		return this;
	}

	public Episode build() {
		return new Episode(IDS.incrementAndGet(), this.startedAt, this.durationSeconds, this.intensity, this.muscle,
				this.side, this.wokeFromSleep, this.reliefsTried, this.helpedMost, this.warningSigns, null,
				NightRule.nightOf(this.startedAt), NightRule.isDaytime(this.startedAt));
	}

}
