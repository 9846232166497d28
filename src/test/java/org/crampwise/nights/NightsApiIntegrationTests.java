package org.crampwise.nights;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.crampwise.support.ApiUser;
import org.crampwise.support.IntegrationTest;

/**
 * {@code /api/v1/nights} over real HTTP: marks, the 409 on a night with episodes, field-named 400s, logging an
 * episode on a marked night, and one user never seeing another's nights.
 */
@IntegrationTest
class NightsApiIntegrationTests {

	@Autowired
	RestTestClient client;

	@Test
	void aMarkedNightIsNoCrampsAnEpisodeMakesItCrampsAndTheMarkGoes() {
		ApiUser alice = ApiUser.register(this.client, "nights");
		LocalDate lastNight = ApiUser.tonight().minusDays(1);
		alice.put("/api/v1/nights/" + lastNight + "/no-cramps", "");
		alice.get("/api/v1/nights?from=" + lastNight.minusDays(2) + "&to=" + lastNight)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items.length()")
			.isEqualTo(3)
			.jsonPath("$.items[0].nightOf")
			.isEqualTo(lastNight.toString())
			.jsonPath("$.items[0].status")
			.isEqualTo("NO_CRAMPS")
			.jsonPath("$.items[0].episodes")
			.isEqualTo(0)
			.jsonPath("$.items[1].status")
			.isEqualTo("UNKNOWN")
			.jsonPath("$.items[1].checkIn")
			.isEqualTo(false);

		long episode = alice.logEpisode("{\"startedAt\":\"" + lastNight + "T23:30:00+01:00\",\"durationSeconds\":60,"
				+ "\"intensity\":5,\"muscle\":\"CALF\",\"side\":\"LEFT\"}");
		alice.get("/api/v1/nights?from=" + lastNight + "&to=" + lastNight)
			.exchange()
			.expectBody()
			.jsonPath("$.items[0].status")
			.isEqualTo("CRAMPS")
			.jsonPath("$.items[0].episodes")
			.isEqualTo(1);
		// the mark went with the episode: marking again is refused, as for any night with episodes
		putAs(alice, "/api/v1/nights/" + lastNight + "/no-cramps")
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(409);
		// and with the episode deleted the night is unknown again, not "no cramps"
		deleteAs(alice, "/api/v1/episodes/" + episode).exchange().expectStatus().isNoContent();
		alice.get("/api/v1/nights?from=" + lastNight + "&to=" + lastNight)
			.exchange()
			.expectBody()
			.jsonPath("$.items[0].status")
			.isEqualTo("UNKNOWN");
	}

	@Test
	void aFutureNightOrAnOverlongRangeIsAFieldNamed400() {
		ApiUser alice = ApiUser.register(this.client, "nights");
		putAs(alice, "/api/v1/nights/" + ApiUser.tonight().plusDays(2) + "/no-cramps")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("nightOf");
		alice.get("/api/v1/nights?from=2024-01-01&to=2025-06-01")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("from");
		alice.get("/api/v1/nights?from=2024-02-30")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("from");
	}

	@Test
	void anotherUsersMarkIsNeverSeenAndDeleteTakesAMarkBack() {
		ApiUser alice = ApiUser.register(this.client, "nights");
		ApiUser bob = ApiUser.register(this.client, "nights");
		LocalDate night = ApiUser.tonight().minusDays(3);
		alice.put("/api/v1/nights/" + night + "/no-cramps", "");
		bob.get("/api/v1/nights?from=" + night + "&to=" + night)
			.exchange()
			.expectBody()
			.jsonPath("$.items[0].status")
			.isEqualTo("UNKNOWN");
		deleteAs(alice, "/api/v1/nights/" + night + "/no-cramps").exchange().expectStatus().isNoContent();
		alice.get("/api/v1/nights?from=" + night + "&to=" + night)
			.exchange()
			.expectBody()
			.jsonPath("$.items[0].status")
			.isEqualTo("UNKNOWN");
	}

	private RestTestClient.RequestHeadersSpec<?> putAs(ApiUser user, String uri) {
		return this.client.put().uri(uri).headers(h -> h.setBasicAuth(user.username(), ApiUser.PASSWORD));
	}

	private RestTestClient.RequestHeadersSpec<?> deleteAs(ApiUser user, String uri) {
		return this.client.delete().uri(uri).headers(h -> h.setBasicAuth(user.username(), ApiUser.PASSWORD));
	}

}
