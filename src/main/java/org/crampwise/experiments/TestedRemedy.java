package org.crampwise.experiments;

import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.NightlyFactor;
import org.crampwise.advice.Remedy;
import org.crampwise.checkin.CheckIn;

/**
 * The remedies a personal experiment can test, each with its default design (docs/experiments.md) and the check-in
 * field that shows whether it was done on a night. Whether a night's check-in shows the remedy done is asked of
 * {@link NightlyFactor}, the one definition of each factor; water is done at or above the target chosen at the start.
 */
public enum TestedRemedy {

	STRETCH_BEFORE_BED(Remedy.STRETCH_BEFORE_BED, 7, 6, 0) {
		@Override
		@Nullable Boolean doneIn(CheckIn checkIn, int waterTargetMl, AdviceSettings.Factors limits) {
			return not(NightlyFactor.NO_STRETCH_BEFORE_BED.presentIn(checkIn, limits));
		}
	},

	APPLY_HEAT(Remedy.APPLY_HEAT, 7, 6, 0) {
		@Override
		@Nullable Boolean doneIn(CheckIn checkIn, int waterTargetMl, AdviceSettings.Factors limits) {
			return NightlyFactor.WARM_BATH_BEFORE_BED.presentIn(checkIn, limits);
		}
	},

	LOOSE_BEDDING(Remedy.LOOSE_BEDDING, 7, 6, 0) {
		@Override
		@Nullable Boolean doneIn(CheckIn checkIn, int waterTargetMl, AdviceSettings.Factors limits) {
			return not(NightlyFactor.TIGHT_BEDDING.presentIn(checkIn, limits));
		}
	},

	STAY_HYDRATED(Remedy.STAY_HYDRATED, 14, 3, 0) {
		@Override
		@Nullable Boolean doneIn(CheckIn checkIn, int waterTargetMl, AdviceSettings.Factors limits) {
			return (checkIn.waterMl() == null) ? null : checkIn.waterMl() >= waterTargetMl;
		}
	},

	/** 28-night blocks whose first 7 nights are left out (magnesium takes time to act and to wash out). */
	MAGNESIUM(Remedy.MAGNESIUM, 28, 3, 7) {
		@Override
		@Nullable Boolean doneIn(CheckIn checkIn, int waterTargetMl, AdviceSettings.Factors limits) {
			return NightlyFactor.MAGNESIUM_SUPPLEMENT.presentIn(checkIn, limits);
		}
	};

	/** Pairs offered instead of the default to a user with under 2 cramp nights a week, for the 7-night designs. */
	public static final int SPARSE_PAIRS = 8;

	/** The pre-declared extension: this many pairs more, once, when the planned ones end in CANT_TELL. */
	public static final int EXTENSION_PAIRS = 2;

	private final Remedy remedy;

	private final int blockNights;

	private final int pairs;

	private final int washInNights;

	TestedRemedy(Remedy remedy, int blockNights, int pairs, int washInNights) {
		this.remedy = remedy;
		this.blockNights = blockNights;
		this.pairs = pairs;
		this.washInNights = washInNights;
	}

	public Remedy remedy() {
		return this.remedy;
	}

	public int blockNights() {
		return this.blockNights;
	}

	/** The default number of pairs. */
	public int pairs() {
		return this.pairs;
	}

	/** The first nights of every block left out of the analysis. */
	public int washInNights() {
		return this.washInNights;
	}

	/** Whether the design offers {@link #SPARSE_PAIRS} to a user with few cramp nights. */
	public boolean offersMorePairs() {
		return this.blockNights == 7;
	}

	/** TRUE when the check-in shows the remedy done that night, FALSE when not done, null when it did not say. */
	abstract @Nullable Boolean doneIn(CheckIn checkIn, int waterTargetMl, AdviceSettings.Factors limits);

	/** The kebab-case key of message texts. */
	public String key() {
		return this.remedy.key();
	}

	/** The tested remedy of that advice remedy, if it can be tested. */
	public static Optional<TestedRemedy> of(Remedy remedy) {
		return Arrays.stream(values()).filter(t -> t.remedy == remedy).findFirst();
	}

	private static @Nullable Boolean not(@Nullable Boolean value) {
		return (value == null) ? null : !value;
	}

}
