package org.crampwise.insights;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.crampwise.support.ApiUser;
import org.crampwise.support.IntegrationTest;

/**
 * {@code GET /api/v1/insights} over real HTTP: the counts come from the user's own known nights only, unknown nights
 * are left out, and bad ranges are field-named 400s.
 */
@IntegrationTest
class InsightsApiIntegrationTests {

	@Autowired
	RestTestClient client;

	@Test
	void countsOnlyKnownNightsWithACheckInAndOnlyTheUsersOwn() {
		ApiUser alice = ApiUser.register(this.client, "insights");
		ApiUser bob = ApiUser.register(this.client, "insights");
		LocalDate last = ApiUser.tonight().minusDays(1);
		for (int i = 0; i < 10; i++) {
			LocalDate night = last.minusDays(i);
			alice.put("/api/v1/checkins/" + night, "{\"alcoholDrinks\":" + (i % 2 == 0 ? 2 : 0)
					+ ",\"hoursFromLastDrinkToBed\":" + (i % 2 == 0 ? "1" : "null") + ",\"waterMl\":2000}");
			if (i < 4) {
				alice.logEpisode("{\"startedAt\":\"" + night + "T23:30:00+01:00\",\"durationSeconds\":60,"
						+ "\"intensity\":5,\"muscle\":\"CALF\",\"side\":\"LEFT\",\"helpedMost\":\"MASSAGE\","
						+ "\"reliefsTried\":[\"MASSAGE\"]}");
			}
			else if (i < 8) {
				alice.put("/api/v1/nights/" + night + "/no-cramps", "");
			}
			// nights 8 and 9 stay unknown
		}
		String range = "?from=" + last.minusDays(9) + "&to=" + last;
		alice.get("/api/v1/insights" + range)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.knownNights")
			.isEqualTo(8)
			.jsonPath("$.crampNights")
			.isEqualTo(4)
			.jsonPath("$.factors.length()")
			.isEqualTo(22)
			.jsonPath("$.factors[0].factor")
			.isEqualTo("ALCOHOL_NEAR_BEDTIME")
			.jsonPath("$.factors[0].lag")
			.isEqualTo(0)
			.jsonPath("$.factors[0].exposed.nights")
			.isEqualTo(4)
			.jsonPath("$.factors[0].unexposed.nights")
			.isEqualTo(4)
			.jsonPath("$.factors[0].verdict")
			.isEqualTo("NOT_ENOUGH_DATA")
			.jsonPath("$.factors[0].nightsNeeded")
			.isNumber()
			.jsonPath("$.hours[23].episodes")
			.isEqualTo(4)
			.jsonPath("$.reliefs[2].relief")
			.isEqualTo("MASSAGE")
			.jsonPath("$.reliefs[2].helpedMost")
			.isEqualTo(4);
		bob.get("/api/v1/insights" + range)
			.exchange()
			.expectBody()
			.jsonPath("$.knownNights")
			.isEqualTo(0)
			.jsonPath("$.hours[23].episodes")
			.isEqualTo(0);
	}

	@Test
	void badDatesAndOverlongRangesAreFieldNamed400s() {
		ApiUser alice = ApiUser.register(this.client, "insights");
		for (String query : new String[] { "?from=2020-01-01&to=2023-12-31", "?from=2026-13-01",
				"?from=2026-05-02&to=2026-05-01" }) {
			alice.get("/api/v1/insights" + query)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("from");
		}
	}

}
