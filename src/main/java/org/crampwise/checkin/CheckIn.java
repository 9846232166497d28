package org.crampwise.checkin;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One night's risk-factor check-in as other modules (advice, export) read it. Every factor is optional: null means
 * "not answered", which is not the same as zero or false. Units and ranges follow the API contract.
 *
 * @param nightOf the night (same rule as episodes)
 * @param waterMl water drunk that day, 0..10000 ml
 * @param alcoholDrinks standard drinks, 0..30
 * @param hoursFromLastDrinkToBed 0..24, only when alcoholDrinks &gt; 0
 * @param standingHours 0..24
 * @param sittingHours 0..24; standing + sitting &lt;= 24
 * @param exercise exercise level that day
 * @param stretchedBeforeBed stretched calves before bed
 * @param warmBathBeforeBed took a warm bath or shower before bed
 * @param potassiumFoodServings servings of potassium-rich food, 0..20
 * @param magnesiumSupplement took a magnesium supplement
 * @param tightBedding bedding tucked tight over the feet
 */
public record CheckIn(LocalDate nightOf, @Nullable Integer waterMl, @Nullable Integer alcoholDrinks,
		@Nullable Double hoursFromLastDrinkToBed, @Nullable Double standingHours, @Nullable Double sittingHours,
		@Nullable ExerciseLevel exercise, @Nullable Boolean stretchedBeforeBed, @Nullable Boolean warmBathBeforeBed,
		@Nullable Integer potassiumFoodServings, @Nullable Boolean magnesiumSupplement, @Nullable Boolean tightBedding) {

}
