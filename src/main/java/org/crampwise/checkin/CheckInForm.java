package org.crampwise.checkin;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.NumberFormat;

/**
 * What the check-in page binds. Water comes as an amount with a unit and is stored in ml; everything else has the
 * API's name, so a rule's problem lands on the page field of the same name.
 */
record CheckInForm(@NumberFormat(pattern = "0.##") @Nullable Double waterAmount, @Nullable WaterUnit waterUnit,
		@Nullable Integer alcoholDrinks, @NumberFormat(pattern = "0.##") @Nullable Double hoursFromLastDrinkToBed,
		@NumberFormat(pattern = "0.##") @Nullable Double standingHours,
		@NumberFormat(pattern = "0.##") @Nullable Double sittingHours, @Nullable ExerciseLevel exercise,
		@Nullable Boolean stretchedBeforeBed, @Nullable Boolean warmBathBeforeBed,
		@Nullable Integer potassiumFoodServings, @Nullable Boolean magnesiumSupplement,
		@Nullable Boolean tightBedding) {

	/** API field names whose page field has another name. */
	private static final Map<String, String> PAGE_FIELDS = Map.of("waterMl", "waterAmount");

	static final CheckInForm BLANK = new CheckInForm(null, WaterUnit.GLASSES, null, null, null, null, null, null, null,
			null, null, null);

	static CheckInForm of(CheckIn checkIn) {
		Integer ml = checkIn.waterMl();
		WaterUnit unit = (ml == null) ? WaterUnit.GLASSES : WaterUnit.bestFor(ml);
		return new CheckInForm((ml == null) ? null : unit.fromMl(ml), unit, checkIn.alcoholDrinks(),
				checkIn.hoursFromLastDrinkToBed(), checkIn.standingHours(), checkIn.sittingHours(), checkIn.exercise(),
				checkIn.stretchedBeforeBed(), checkIn.warmBathBeforeBed(), checkIn.potassiumFoodServings(),
				checkIn.magnesiumSupplement(), checkIn.tightBedding());
	}

	CheckIn toCheckIn(LocalDate night) {
		WaterUnit unit = (this.waterUnit != null) ? this.waterUnit : WaterUnit.GLASSES;
		Integer waterMl = null;
		if (this.waterAmount != null) {
			// anything absurd (NaN, infinity) stays out of range, so the rules name the field
			double amount = Double.isNaN(this.waterAmount) ? -1 : Math.max(-1, Math.min(this.waterAmount, 1e6));
			waterMl = unit.toMl(amount);
		}
		return new CheckIn(night, waterMl, this.alcoholDrinks, this.hoursFromLastDrinkToBed, this.standingHours,
				this.sittingHours, this.exercise, this.stretchedBeforeBed, this.warmBathBeforeBed,
				this.potassiumFoodServings, this.magnesiumSupplement, this.tightBedding);
	}

	static String pageField(String apiField) {
		return PAGE_FIELDS.getOrDefault(apiField, apiField);
	}

	static boolean hasField(String name) {
		return Arrays.stream(CheckInForm.class.getRecordComponents()).anyMatch(c -> c.getName().equals(name));
	}

}
