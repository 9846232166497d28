package org.crampwise.checkin;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PUT /api/v1/checkins/{nightOf}}: the contract's check-in JSON. Every answer is optional, and
 * one left out is stored as "not answered". {@code nightOf} may be sent back as read, but must then match the path.
 */
record CheckInRequest(@Nullable LocalDate nightOf, @Nullable Integer waterMl, @Nullable Integer alcoholDrinks,
		@Nullable Double hoursFromLastDrinkToBed, @Nullable Double standingHours, @Nullable Double sittingHours,
		@Nullable ExerciseLevel exercise, @Nullable Boolean stretchedBeforeBed, @Nullable Boolean warmBathBeforeBed,
		@Nullable Integer potassiumFoodServings, @Nullable Boolean magnesiumSupplement,
		@Nullable Boolean tightBedding) {

	CheckIn toCheckIn(LocalDate night) {
		return new CheckIn(night, this.waterMl, this.alcoholDrinks, this.hoursFromLastDrinkToBed, this.standingHours,
				this.sittingHours, this.exercise, this.stretchedBeforeBed, this.warmBathBeforeBed,
				this.potassiumFoodServings, this.magnesiumSupplement, this.tightBedding);
	}

}
