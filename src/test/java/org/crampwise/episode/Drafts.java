package org.crampwise.episode;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Test data: a valid episode draft, changed one field at a time. */
final class Drafts {

	private @Nullable OffsetDateTime startedAt = OffsetDateTime.parse("2026-11-20T02:14:00+01:00");

	private @Nullable Integer durationSeconds = 90;

	private @Nullable Integer intensity = 7;

	private @Nullable Muscle muscle = Muscle.CALF;

	private @Nullable Side side = Side.LEFT;

	private @Nullable Boolean wokeFromSleep = true;

	private @Nullable List<@Nullable Relief> reliefsTried = List.of(Relief.STRETCH_DURING_CRAMP, Relief.MASSAGE);

	private @Nullable Relief helpedMost = Relief.STRETCH_DURING_CRAMP;

	private @Nullable List<@Nullable WarningSign> warningSigns = List.of();

	private @Nullable String notes = "left calf, woke me at two";

	static Drafts valid() {
		return new Drafts();
	}

	Drafts startedAt(@Nullable String startedAt) {
		this.startedAt = (startedAt != null) ? OffsetDateTime.parse(startedAt) : null;
		return this;
	}

	Drafts startedAt(OffsetDateTime startedAt) {
		this.startedAt = startedAt;
		return this;
	}

	Drafts durationSeconds(@Nullable Integer seconds) {
		this.durationSeconds = seconds;
		return this;
	}

	Drafts intensity(@Nullable Integer intensity) {
		this.intensity = intensity;
		return this;
	}

	Drafts muscle(@Nullable Muscle muscle) {
		this.muscle = muscle;
		return this;
	}

	Drafts side(@Nullable Side side) {
		this.side = side;
		return this;
	}

	Drafts wokeFromSleep(@Nullable Boolean woke) {
		this.wokeFromSleep = woke;
		return this;
	}

	Drafts reliefsTried(@Nullable Relief... reliefs) {
		this.reliefsTried = new ArrayList<>(Arrays.asList(reliefs));
		return this;
	}

	Drafts noReliefs() {
		this.reliefsTried = null;
		return this;
	}

	Drafts helpedMost(@Nullable Relief relief) {
		this.helpedMost = relief;
		return this;
	}

	Drafts warningSigns(@Nullable WarningSign... signs) {
		this.warningSigns = new ArrayList<>(Arrays.asList(signs));
		return this;
	}

	Drafts notes(@Nullable String notes) {
		this.notes = notes;
		return this;
	}

	EpisodeDraft build() {
		return new EpisodeDraft(this.startedAt, this.durationSeconds, this.intensity, this.muscle, this.side,
				this.wokeFromSleep, this.reliefsTried, this.helpedMost, this.warningSigns, this.notes);
	}

}
