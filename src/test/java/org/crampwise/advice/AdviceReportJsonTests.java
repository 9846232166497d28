package org.crampwise.advice;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.crampwise.episode.WarningSign;
import org.crampwise.profile.HealthCondition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crampwise.advice.AdviceContextBuilder.context;
import static org.crampwise.advice.AdviceContextBuilder.nightsAgo;
import static org.crampwise.advice.CheckInBuilder.checkIn;
import static org.crampwise.advice.EpisodeBuilder.cramp;

/**
 * Serialized as it is, a report is the API contract's advice response (plus {@code urgency} on red flags), and the
 * trace stays out of it.
 */
class AdviceReportJsonTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private static List<String> fields(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

	@Test
	void theJsonHasTheContractsFieldsAndCodes() {
		AdviceReport report = AdviceTestSupport.engine()
			.evaluate(context().profile(ProfileBuilder.profile().conditions(HealthCondition.KIDNEY_DISEASE))
				.checkIn(checkIn(nightsAgo(1)).alcohol(2, 1.0))
				.checkIn(checkIn(nightsAgo(2)).alcohol(2, 1.0))
				.episode(cramp(nightsAgo(1)).signs(WarningSign.MUSCLE_WEAKNESS))
				.build());

		JsonNode node = this.json.readTree(this.json.writeValueAsString(report));

		assertThat(fields(node)).containsExactly("asOf", "windowDays", "recommendations", "withheld", "redFlags",
				"seeClinician");
		assertThat(node.get("asOf").asString()).isEqualTo("2026-11-20");
		assertThat(node.get("windowDays").asInt()).isEqualTo(14);
		JsonNode first = node.get("recommendations").get(0);
		assertThat(fields(first)).containsExactly("remedy", "rank", "title", "howTo", "reasons", "evidence",
				"cautions");
		assertThat(first.get("remedy").asString()).isEqualTo("STAY_HYDRATED");
		assertThat(first.get("rank").asInt()).isEqualTo(1);
		assertThat(first.get("evidence").asString()).isEqualTo("LIMITED");
		assertThat(first.get("reasons").get(0).asString()).startsWith("You had alcohol within 2 hours of bed on 2");
		assertThat(fields(node.get("withheld").get(0))).containsExactly("remedy", "reason");
		assertThat(node.get("withheld").get(0).get("remedy").asString()).isEqualTo("MAGNESIUM");
		assertThat(fields(node.get("redFlags").get(0))).containsExactly("code", "message", "urgency");
		assertThat(node.get("redFlags").get(0).get("code").asString()).isEqualTo("MUSCLE_WEAKNESS");
		assertThat(node.get("redFlags").get(0).get("urgency").asString()).isEqualTo("SOON");
		assertThat(node.get("seeClinician").asBoolean()).isTrue();
	}

}
