package org.crampwise.advice;

import org.jspecify.annotations.Nullable;

import org.crampwise.checkin.CheckIn;
import org.crampwise.checkin.ExerciseLevel;

/**
 * The nightly factors of the check-in, each defined once: its code (the API contract's factor list), whether it is
 * something that may bring cramps on or something done to prevent them, and its presence test on one night's
 * check-in with the thresholds of {@link AdviceSettings.Factors}. The advice rules, the clinician report, the FHIR
 * triggers and the insights all ask this type, so they never disagree about what counted as, say, "alcohol near
 * bedtime". docs/advice-rules.md lists the definitions.
 */
public enum NightlyFactor {

	/** A last drink {@code alcoholNearBedHours} or less before bed; no alcohol counts as absent. */
	ALCOHOL_NEAR_BEDTIME(true, Remedy.STAY_HYDRATED, FactorPattern.Finding.MORE_CRAMPS) {
		@Override
		public @Nullable Boolean presentIn(CheckIn c, AdviceSettings.Factors limits) {
			Integer drinks = c.alcoholDrinks();
			if (drinks == null) {
				return null;
			}
			if (drinks == 0) {
				return Boolean.FALSE;
			}
			Double hours = c.hoursFromLastDrinkToBed();
			return (hours == null) ? null : hours <= limits.alcoholNearBedHours();
		}

		@Override
		public @Nullable Number threshold(AdviceSettings.Factors limits) {
			return limits.alcoholNearBedHours();
		}
	},

	/** {@code heavyDrinks} standard drinks or more. */
	HEAVY_DRINKING(true, Remedy.STAY_HYDRATED, FactorPattern.Finding.MORE_CRAMPS) {
		@Override
		public @Nullable Boolean presentIn(CheckIn c, AdviceSettings.Factors limits) {
			return (c.alcoholDrinks() == null) ? null : c.alcoholDrinks() >= limits.heavyDrinks();
		}

		@Override
		public @Nullable Number threshold(AdviceSettings.Factors limits) {
			return limits.heavyDrinks();
		}
	},

	/** Water below {@code lowWaterMl}. */
	LOW_WATER(true, Remedy.STAY_HYDRATED, FactorPattern.Finding.MORE_CRAMPS) {
		@Override
		public @Nullable Boolean presentIn(CheckIn c, AdviceSettings.Factors limits) {
			return (c.waterMl() == null) ? null : c.waterMl() < limits.lowWaterMl();
		}

		@Override
		public @Nullable Number threshold(AdviceSettings.Factors limits) {
			return limits.lowWaterMl();
		}
	},

	/** Fewer than {@code potassiumServings} servings of potassium-rich food. */
	FEW_POTASSIUM_FOODS(true, Remedy.POTASSIUM_FOODS, FactorPattern.Finding.MORE_CRAMPS) {
		@Override
		public @Nullable Boolean presentIn(CheckIn c, AdviceSettings.Factors limits) {
			return (c.potassiumFoodServings() == null) ? null : c.potassiumFoodServings() < limits.potassiumServings();
		}

		@Override
		public @Nullable Number threshold(AdviceSettings.Factors limits) {
			return limits.potassiumServings();
		}
	},

	/** Hard exercise that day. */
	HARD_EXERCISE(true, null, null) {
		@Override
		public @Nullable Boolean presentIn(CheckIn c, AdviceSettings.Factors limits) {
			return (c.exercise() == null) ? null : c.exercise() == ExerciseLevel.HARD;
		}
	},

	/** {@code longStandingHours} hours standing or more. */
	LONG_STANDING(true, Remedy.AVOID_PROLONGED_POSITIONS, FactorPattern.Finding.MORE_CRAMPS) {
		@Override
		public @Nullable Boolean presentIn(CheckIn c, AdviceSettings.Factors limits) {
			return (c.standingHours() == null) ? null : c.standingHours() >= limits.longStandingHours();
		}

		@Override
		public @Nullable Number threshold(AdviceSettings.Factors limits) {
			return limits.longStandingHours();
		}
	},

	/** {@code longSittingHours} hours sitting or more. */
	LONG_SITTING(true, Remedy.AVOID_PROLONGED_POSITIONS, FactorPattern.Finding.MORE_CRAMPS) {
		@Override
		public @Nullable Boolean presentIn(CheckIn c, AdviceSettings.Factors limits) {
			return (c.sittingHours() == null) ? null : c.sittingHours() >= limits.longSittingHours();
		}

		@Override
		public @Nullable Number threshold(AdviceSettings.Factors limits) {
			return limits.longSittingHours();
		}
	},

	/** Bedding tucked tight over the feet. */
	TIGHT_BEDDING(true, Remedy.LOOSE_BEDDING, FactorPattern.Finding.MORE_CRAMPS) {
		@Override
		public @Nullable Boolean presentIn(CheckIn c, AdviceSettings.Factors limits) {
			return c.tightBedding();
		}
	},

	/**
	 * No stretch before bed. Counted like the others, but it is a remedy not done rather than something that brings
	 * cramps on, so it is no FHIR trigger.
	 */
	NO_STRETCH_BEFORE_BED(false, Remedy.STRETCH_BEFORE_BED, FactorPattern.Finding.MORE_CRAMPS) {
		@Override
		public @Nullable Boolean presentIn(CheckIn c, AdviceSettings.Factors limits) {
			return (c.stretchedBeforeBed() == null) ? null : !c.stretchedBeforeBed();
		}
	},

	/** A warm bath or shower before bed (a remedy done, not a trigger). */
	WARM_BATH_BEFORE_BED(false, Remedy.APPLY_HEAT, FactorPattern.Finding.FEWER_CRAMPS) {
		@Override
		public @Nullable Boolean presentIn(CheckIn c, AdviceSettings.Factors limits) {
			return c.warmBathBeforeBed();
		}
	},

	/** A magnesium supplement taken (a remedy done, not a trigger). */
	MAGNESIUM_SUPPLEMENT(false, Remedy.MAGNESIUM, FactorPattern.Finding.FEWER_CRAMPS) {
		@Override
		public @Nullable Boolean presentIn(CheckIn c, AdviceSettings.Factors limits) {
			return c.magnesiumSupplement();
		}
	};

	private final boolean trigger;

	private final @Nullable Remedy remedy;

	private final FactorPattern.@Nullable Finding raisedWhen;

	NightlyFactor(boolean trigger, @Nullable Remedy remedy, FactorPattern.@Nullable Finding raisedWhen) {
		this.trigger = trigger;
		this.remedy = remedy;
		this.raisedWhen = raisedWhen;
	}

	/**
	 * The remedy the factor's pattern moves in the tips, or null (hard exercise: none is listed for it). The mapping,
	 * said here once (docs/advice-rules.md, "Your own patterns"): alcohol near bedtime, heavy drinking and low water
	 * answer to {@link Remedy#STAY_HYDRATED}; long standing and long sitting to
	 * {@link Remedy#AVOID_PROLONGED_POSITIONS}; tight bedding to {@link Remedy#LOOSE_BEDDING}; no stretch before bed to
	 * {@link Remedy#STRETCH_BEFORE_BED}; few potassium foods to {@link Remedy#POTASSIUM_FOODS}; and the protective ones
	 * to their own remedy: a warm bath to {@link Remedy#APPLY_HEAT}, magnesium to {@link Remedy#MAGNESIUM}.
	 */
	public @Nullable Remedy remedy() {
		return this.remedy;
	}

	/**
	 * The remedy a pattern raises: a factor that may bring cramps on (or no stretch) LINKED with
	 * {@code MORE_CRAMPS} raises the remedy that answers it; a protective factor (warm bath, magnesium) LINKED with
	 * {@code FEWER_CRAMPS} raises its own remedy. Null for any other finding. The engine's safety rules still win: a
	 * withheld remedy stays withheld.
	 */
	public @Nullable Remedy remedyRaisedBy(FactorPattern.Finding finding) {
		return (finding == this.raisedWhen) ? this.remedy : null;
	}

	/**
	 * The remedy a pattern lowers: a factor with no big effect lowers its remedy's tip (it is ranked after the others of
	 * its line, and says why). It never withholds it: withholding is for safety alone.
	 */
	public @Nullable Remedy remedyLoweredBy(FactorPattern.Finding finding) {
		return (finding == FactorPattern.Finding.NO_BIG_EFFECT) ? this.remedy : null;
	}

	/**
	 * Whether the factor is something that may bring cramps on (a FHIR "exacerbating factor"). A missing stretch, a
	 * warm bath and magnesium are counted everywhere but are not triggers.
	 */
	public boolean trigger() {
		return this.trigger;
	}

	/**
	 * TRUE when the factor was present that night, FALSE when absent, null when the check-in did not answer.
	 */
	public abstract @Nullable Boolean presentIn(CheckIn checkIn, AdviceSettings.Factors limits);

	/** The threshold in the factor's definition (ml, hours, drinks, servings), or null when it has none. */
	public @Nullable Number threshold(AdviceSettings.Factors limits) {
		return null;
	}

}
