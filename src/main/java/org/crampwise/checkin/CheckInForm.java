package org.crampwise.checkin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the check-in page binds. Water comes as an amount with a unit and is stored in ml; everything else has the
 * API's name, so a rule's problem lands on the page field of the same name. Decimals are {@link BigDecimal}s so a
 * number field shows "6" and "7.5", never "6.0".
 */
record CheckInForm(@Nullable BigDecimal waterAmount, @Nullable WaterUnit waterUnit, @Nullable Integer alcoholDrinks,
		@Nullable BigDecimal hoursFromLastDrinkToBed, @Nullable BigDecimal standingHours,
		@Nullable BigDecimal sittingHours, @Nullable ExerciseLevel exercise, @Nullable Boolean stretchedBeforeBed,
		@Nullable Boolean warmBathBeforeBed, @Nullable Integer potassiumFoodServings,
		@Nullable Boolean magnesiumSupplement, @Nullable Boolean tightBedding) {

	/** API field names whose page field has another name. */
	private static final Map<String, String> PAGE_FIELDS = Map.of("waterMl", "waterAmount");

	static final CheckInForm BLANK = new CheckInForm(null, WaterUnit.GLASSES, null, null, null, null, null, null, null,
			null, null, null);

	static CheckInForm of(CheckIn checkIn) {
		Integer ml = checkIn.waterMl();
		WaterUnit unit = (ml == null) ? WaterUnit.GLASSES : WaterUnit.bestFor(ml);
		return new CheckInForm((ml == null) ? null : decimal(unit.fromMl(ml)), unit, checkIn.alcoholDrinks(),
				decimal(checkIn.hoursFromLastDrinkToBed()), decimal(checkIn.standingHours()),
				decimal(checkIn.sittingHours()), checkIn.exercise(), checkIn.stretchedBeforeBed(),
				checkIn.warmBathBeforeBed(), checkIn.potassiumFoodServings(), checkIn.magnesiumSupplement(),
				checkIn.tightBedding());
	}

	CheckIn toCheckIn(LocalDate night) {
		WaterUnit unit = (this.waterUnit != null) ? this.waterUnit : WaterUnit.GLASSES;
		Integer waterMl = null;
		if (this.waterAmount != null) {
			// a huge amount stays just out of range, so the rules name the field instead of an int overflowing
			waterMl = unit.toMl(Math.min(this.waterAmount.doubleValue(), CheckInRules.MAX_WATER_ML + 1));
		}
		return new CheckIn(night, waterMl, this.alcoholDrinks, number(this.hoursFromLastDrinkToBed),
				number(this.standingHours), number(this.sittingHours), this.exercise, this.stretchedBeforeBed,
				this.warmBathBeforeBed, this.potassiumFoodServings, this.magnesiumSupplement, this.tightBedding);
	}

	static String pageField(String apiField) {
		return PAGE_FIELDS.getOrDefault(apiField, apiField);
	}

	static boolean hasField(String name) {
		return Arrays.stream(CheckInForm.class.getRecordComponents()).anyMatch(c -> c.getName().equals(name));
	}

	/** 6.0 as "6", 7.5 as "7.5", 10 as "10". */
	private static @Nullable BigDecimal decimal(@Nullable Double value) {
		if (value == null) {
			return null;
		}
		BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
		return (decimal.scale() < 0) ? decimal.setScale(0) : decimal;
	}

	private static @Nullable Double number(@Nullable BigDecimal value) {
		return (value != null) ? value.doubleValue() : null;
	}

}
