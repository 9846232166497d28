package org.crampwise.profile;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The time zone options made once give the same HTML as the options made per request, one zone selected. */
class ZoneOptionsTests {

	@ParameterizedTest
	@ValueSource(strings = { "Europe/Paris", "UTC", "Africa/Abidjan", "America/Argentina/Buenos_Aires", "", "No/Zone" })
	void theCachedOptionsSelectTheSameZone(String selected) {
		String html = ProfileController.zoneOptions(ProfileController.ZONES, selected);
		assertThat(html).isEqualTo(ProfileController.optionsHtml(ProfileController.ZONES, selected));
		assertThat(Arrays.stream(html.split("<option")).filter(option -> option.contains(" selected=")).count())
			.isEqualTo(ProfileController.ZONES.contains(selected) ? 1 : 0);
		assertThat(ProfileController.zoneOptions(ProfileController.ZONES, null))
			.isEqualTo(ProfileController.optionsHtml(ProfileController.ZONES, null))
			.doesNotContain("selected");
	}

}
