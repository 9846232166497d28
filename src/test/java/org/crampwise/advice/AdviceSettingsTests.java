package org.crampwise.advice;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

class AdviceSettingsTests {

	@Test
	void theDefaultsAreTheDocumentedOnes() {
		AdviceSettings settings = AdviceSettings.defaults();

		assertThat(settings.windowDays()).isEqualTo(14);
		assertThat(settings.ranking()).isEqualTo(new AdviceSettings.Ranking(1, 3, 2, 1, 3));
		assertThat(settings.factors()).isEqualTo(new AdviceSettings.Factors(2, 1500, 2.0, 3, 2, 6.0, 8.0, 60, 3));
		assertThat(settings.redFlags()).isEqualTo(new AdviceSettings.RedFlags(3, 8, 3, 600, 2, 90));
	}

	@Test
	void propertiesOverrideSingleSettingsAndTheRestKeepTheirDefaults() {
		AdviceSettings settings = AdviceTestSupport.settings(Map.of("factors.low-water-ml", "2000",
				"red-flags.long-cramp-seconds", "300", "window-days", "28"));

		assertThat(settings.factors().lowWaterMl()).isEqualTo(2000);
		assertThat(settings.factors().minNights()).isEqualTo(2);
		assertThat(settings.redFlags().longCrampSeconds()).isEqualTo(300);
		assertThat(settings.windowDays()).isEqualTo(28);
	}

	@Test
	void theFrequentThresholdScalesThePerWeekRateToTheWindowRoundedUp() {
		AdviceSettings.RedFlags flags = AdviceSettings.defaults().redFlags();

		assertThat(flags.frequentNightsIn(14)).isEqualTo(6);
		assertThat(flags.frequentNightsIn(7)).isEqualTo(3);
		assertThat(flags.frequentNightsIn(10)).isEqualTo(5);
		assertThat(flags.frequentNightsIn(1)).isEqualTo(1);
	}

	@Test
	void nonsenseSettingsAreRefused() {
		assertThatException().isThrownBy(() -> AdviceTestSupport.settings(Map.of("ranking.coincidence-weight", "0")));
		assertThatException().isThrownBy(() -> AdviceTestSupport.settings(Map.of("window-days", "400")));
	}

}
