package org.crampwise.advice;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.crampwise.checkin.CheckIn;
import org.crampwise.checkin.ExerciseLevel;

/** Test data: a check-in for one night, every factor unanswered until set. */
public final class CheckInBuilder {

	private final LocalDate night;

	private @Nullable Integer waterMl;

	private @Nullable Integer alcoholDrinks;

	private @Nullable Double hoursFromLastDrinkToBed;

	private @Nullable Double standingHours;

	private @Nullable Double sittingHours;

	private @Nullable ExerciseLevel exercise;

	private @Nullable Boolean stretchedBeforeBed;

	private @Nullable Boolean warmBathBeforeBed;

	private @Nullable Integer potassiumFoodServings;

	private @Nullable Boolean magnesiumSupplement;

	private @Nullable Boolean tightBedding;

	private CheckInBuilder(LocalDate night) {
		this.night = night;
	}

	public static CheckInBuilder checkIn(LocalDate night) {
		return new CheckInBuilder(night);
	}

	public CheckInBuilder water(int ml) {
		this.waterMl = ml;
		return this;
	}

	public CheckInBuilder noAlcohol() {
		this.alcoholDrinks = 0;
		this.hoursFromLastDrinkToBed = null;
		return this;
	}

	public CheckInBuilder alcohol(int drinks, @Nullable Double hoursBeforeBed) {
		this.alcoholDrinks = drinks;
		this.hoursFromLastDrinkToBed = hoursBeforeBed;
		return this;
	}

	public CheckInBuilder standing(double hours) {
		this.standingHours = hours;
		return this;
	}

	public CheckInBuilder sitting(double hours) {
		this.sittingHours = hours;
		return this;
	}

	public CheckInBuilder exercise(ExerciseLevel level) {
		this.exercise = level;
		return this;
	}

	public CheckInBuilder stretched(boolean stretched) {
		this.stretchedBeforeBed = stretched;
		return this;
	}

	public CheckInBuilder warmBath(boolean bath) {
		this.warmBathBeforeBed = bath;
		return this;
	}

	public CheckInBuilder potassiumServings(int servings) {
		this.potassiumFoodServings = servings;
		return this;
	}

	public CheckInBuilder magnesium(boolean taken) {
		this.magnesiumSupplement = taken;
		return this;
	}

	public CheckInBuilder tightBedding(boolean tight) {
		this.tightBedding = tight;
		return this;
	}

	public LocalDate night() {
		return this.night;
	}

	public CheckIn build() {
		return new CheckIn(this.night, this.waterMl, this.alcoholDrinks, this.hoursFromLastDrinkToBed,
				this.standingHours, this.sittingHours, this.exercise, this.stretchedBeforeBed, this.warmBathBeforeBed,
				this.potassiumFoodServings, this.magnesiumSupplement, this.tightBedding);
	}

}
