package org.crampwise.advice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.crampwise.checkin.CheckIn;
import org.crampwise.episode.Episode;
import org.crampwise.profile.HealthProfile;
import org.crampwise.profile.Medication;

/**
 * Test data: an advice context at the fixed {@link #AS_OF} (Friday 20 November 2026, as the fixed {@link #CLOCK}
 * says) with a 14-night window, nothing logged and an empty profile until told otherwise.
 * {@code nightsAgo(1)} is last night, the window's last; {@code nightsAgo(14)} its first.
 */
public final class AdviceContextBuilder {

	public static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

	public static final ZoneOffset OFFSET = ZoneOffset.ofHours(1);

	/** 08:00 local time on {@link #AS_OF}: the morning the advice is read. */
	public static final Clock CLOCK = Clock.fixed(AS_OF.atTime(LocalTime.of(8, 0)).toInstant(OFFSET), OFFSET);

	private LocalDate asOf = LocalDate.now(CLOCK);

	private int windowDays = AdviceContext.DEFAULT_WINDOW_DAYS;

	private HealthProfile profile = HealthProfile.EMPTY;

	private final List<Medication> medications = new ArrayList<>();

	private final List<CheckIn> checkIns = new ArrayList<>();

	private final List<Episode> episodes = new ArrayList<>();

	private final Set<LocalDate> noCrampNights = new HashSet<>();

	private final List<FactorPattern> patterns = new ArrayList<>();

	public static AdviceContextBuilder context() {
		return new AdviceContextBuilder();
	}

	/** The night {@code n} nights before AS_OF: 1 is last night. */
	public static LocalDate nightsAgo(int n) {
		return AS_OF.minusDays(n);
	}

	public AdviceContextBuilder asOf(LocalDate asOf) {
		this.asOf = asOf;
		return this;
	}

	public AdviceContextBuilder windowDays(int windowDays) {
		this.windowDays = windowDays;
		return this;
	}

	public AdviceContextBuilder profile(ProfileBuilder profile) {
		this.profile = profile.build();
		return this;
	}

	public AdviceContextBuilder medication(MedicationBuilder medication) {
		this.medications.add(medication.build());
		return this;
	}

	public AdviceContextBuilder checkIn(CheckInBuilder checkIn) {
		this.checkIns.add(checkIn.build());
		return this;
	}

	public AdviceContextBuilder episode(EpisodeBuilder episode) {
		this.episodes.add(episode.build());
		return this;
	}

	/** Marks these nights "no cramps" (known nights without a cramp). */
	public AdviceContextBuilder noCramps(LocalDate... nights) {
		this.noCrampNights.addAll(List.of(nights));
		return this;
	}

	/** A gated pattern of the diary over the last year. */
	public AdviceContextBuilder pattern(NightlyFactor factor, FactorPattern.Finding finding, int crampNights,
			int nights, int otherCrampNights, int otherNights) {
		this.patterns.add(new FactorPattern(factor, finding, nights, crampNights, otherNights, otherCrampNights));
		return this;
	}

	public AdviceContext build() {
		return new AdviceContext(this.asOf, this.windowDays, this.profile, this.medications, this.checkIns,
				this.episodes, this.noCrampNights, this.patterns);
	}

}
