package org.crampwise.checkin;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CheckInFormTests {

	static final LocalDate NIGHT = LocalDate.of(2026, 11, 19);

	@Test
	void glassesAreStoredAs250MlEach() {
		assertThat(form(6.0, WaterUnit.GLASSES).toCheckIn(NIGHT).waterMl()).isEqualTo(1500);
		assertThat(form(2.5, WaterUnit.GLASSES).toCheckIn(NIGHT).waterMl()).isEqualTo(625);
		assertThat(form(1750.0, WaterUnit.ML).toCheckIn(NIGHT).waterMl()).isEqualTo(1750);
	}

	@Test
	void noAmountIsNotAnswered() {
		assertThat(form(null, WaterUnit.GLASSES).toCheckIn(NIGHT).waterMl()).isNull();
	}

	@Test
	void hugeAmountsStayOutOfRangeForTheRules() {
		assertThat(form(1e12, WaterUnit.GLASSES).toCheckIn(NIGHT).waterMl()).isGreaterThan(CheckInRules.MAX_WATER_ML);
		assertThat(form(-3.0, WaterUnit.GLASSES).toCheckIn(NIGHT).waterMl()).isEqualTo(-750);
	}

	@Test
	void aStoredAmountIsShownInGlassesWhenItIsAWholeOrHalfGlass() {
		CheckInForm glasses = CheckInForm.of(new CheckIn(NIGHT, 1625, null, null, null, null, null, null, null, null,
				null, null));
		CheckInForm ml = CheckInForm.of(new CheckIn(NIGHT, 1600, null, null, null, null, null, null, null, null, null,
				null));

		assertThat(glasses.waterUnit()).isEqualTo(WaterUnit.GLASSES);
		assertThat(glasses.waterAmount()).hasToString("6.5");
		assertThat(ml.waterUnit()).isEqualTo(WaterUnit.ML);
		assertThat(ml.waterAmount()).hasToString("1600");
	}

	@Test
	void decimalsAreShownAsANumberFieldWritesThem() {
		CheckInForm form = CheckInForm.of(new CheckIn(NIGHT, 1500, 1, 2.0, 10.0, 7.5, null, null, null, null, null,
				null));

		assertThat(form.waterAmount()).hasToString("6");
		assertThat(form.hoursFromLastDrinkToBed()).hasToString("2");
		assertThat(form.standingHours()).hasToString("10");
		assertThat(form.sittingHours()).hasToString("7.5");
	}

	@Test
	void aCheckInSurvivesTheRoundTripThroughThePage() {
		CheckIn stored = new CheckIn(NIGHT, 2000, 2, 1.5, 7.5, 3.0, ExerciseLevel.MODERATE, true, false, 2, null,
				true);

		assertThat(CheckInForm.of(stored).toCheckIn(NIGHT)).isEqualTo(stored);
	}

	@Test
	void theStoredWaterFieldIsTheAmountFieldOnThePage() {
		assertThat(CheckInForm.pageField("waterMl")).isEqualTo("waterAmount");
		assertThat(CheckInForm.pageField("sittingHours")).isEqualTo("sittingHours");
		assertThat(CheckInForm.hasField("sittingHours")).isTrue();
		assertThat(CheckInForm.hasField("nightOf")).isFalse();
	}

	private static CheckInForm form(Double amount, WaterUnit unit) {
		return new CheckInForm((amount != null) ? BigDecimal.valueOf(amount) : null, unit, null, null, null, null, null, null, null, null, null, null);
	}

}
