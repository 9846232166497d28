package org.crampwise.checkin;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Check-ins, profile and medications over real HTTP with HTTP Basic: each user sees and changes only their own,
 * another user's medication id is a 404, and erasing the account erases them all.
 */
@IntegrationTest
class RiskFactorsIntegrationTests {

	private static final AtomicInteger USERS = new AtomicInteger();

	private static final String PASSWORD = "correct-horse-battery";

	@Autowired
	RestTestClient client;

	@Test
	void checkInsBelongToTheirUserAlone() {
		String alice = register();
		String bob = register();

		put(alice, "/api/v1/checkins/2026-11-10", "{\"waterMl\":1500}").expectStatus().isCreated();
		put(alice, "/api/v1/checkins/2026-11-10", "{\"waterMl\":1750}").expectStatus().isOk();
		put(bob, "/api/v1/checkins/2026-11-10", "{\"waterMl\":250}").expectStatus().isCreated();

		get(alice, "/api/v1/checkins/2026-11-10").expectStatus().isOk().expectBody().jsonPath("$.waterMl").isEqualTo(1750);
		get(bob, "/api/v1/checkins?from=2026-11-01&to=2026-11-30").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.total")
			.isEqualTo(1)
			.jsonPath("$.items[0].waterMl")
			.isEqualTo(250);

		this.client.delete()
			.uri("/api/v1/checkins/2026-11-10")
			.headers(h -> h.setBasicAuth(bob, PASSWORD))
			.exchange()
			.expectStatus()
			.isNoContent();
		get(bob, "/api/v1/checkins/2026-11-10").expectStatus().isNotFound();
		get(alice, "/api/v1/checkins/2026-11-10").expectStatus().isOk();
	}

	@Test
	void anotherUsersMedicationAnswers404LikeAMissingOne() {
		String alice = register();
		String bob = register();
		long id = medicationId(alice, "{\"name\":\"Lasix\"}");

		put(bob, "/api/v1/medications/" + id, "{\"name\":\"mine now\"}").expectStatus().isNotFound();
		this.client.delete()
			.uri("/api/v1/medications/" + id)
			.headers(h -> h.setBasicAuth(bob, PASSWORD))
			.exchange()
			.expectStatus()
			.isNotFound();
		put(bob, "/api/v1/medications/999999", "{\"name\":\"x\"}").expectStatus().isNotFound();

		get(alice, "/api/v1/medications").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[0].name")
			.isEqualTo("Lasix")
			.jsonPath("$.items[0].drugClass")
			.isEqualTo("LOOP_DIURETIC");
		get(bob, "/api/v1/medications").expectStatus().isOk().expectBody().jsonPath("$.total").isEqualTo(0);
	}

	@Test
	void medicationsAreListedByStartDateThenName() {
		String alice = register();
		medicationId(alice, "{\"name\":\"Zocor\",\"startedOn\":\"2026-10-01\"}");
		medicationId(alice, "{\"name\":\"atorvastatin\",\"startedOn\":\"2026-10-01\"}");
		medicationId(alice, "{\"name\":\"Lasix\",\"startedOn\":\"2025-01-01\"}");
		medicationId(alice, "{\"name\":\"wonderpill\"}");

		get(alice, "/api/v1/medications").expectBody()
			.jsonPath("$.items[*].name")
			.isEqualTo(List.of("wonderpill", "Lasix", "atorvastatin", "Zocor"));
	}

	@Test
	void theProfileChangesTheTimeZoneOfTheAccount() {
		String alice = register();

		put(alice, "/api/v1/profile", "{\"birthYear\":1950,\"conditions\":[\"DIABETES\"],\"timeZone\":\"Asia/Tokyo\"}")
			.expectStatus()
			.isOk();
		get(alice, "/api/v1/account").expectBody().jsonPath("$.timeZone").isEqualTo("Asia/Tokyo");
		get(alice, "/api/v1/profile").expectBody()
			.jsonPath("$.birthYear")
			.isEqualTo(1950)
			.jsonPath("$.pregnancy")
			.isEqualTo("NONE")
			.jsonPath("$.conditions[0]")
			.isEqualTo("DIABETES");
	}

	@Test
	void erasingTheAccountErasesItsRiskFactors() {
		String alice = register();
		put(alice, "/api/v1/checkins/2026-11-10", "{\"waterMl\":1500}").expectStatus().isCreated();
		put(alice, "/api/v1/profile", "{\"birthYear\":1950,\"conditions\":[\"DIABETES\"]}").expectStatus().isOk();
		medicationId(alice, "{\"name\":\"Lasix\"}");

		this.client.delete()
			.uri("/api/v1/account")
			.headers(h -> h.setBasicAuth(alice, PASSWORD))
			.exchange()
			.expectStatus()
			.isNoContent();

		// the same name registers afresh and finds nothing of the old account
		this.client.post()
			.uri("/api/v1/account")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"username\":\"" + alice + "\",\"password\":\"" + PASSWORD + "\"}")
			.exchange()
			.expectStatus()
			.isCreated();
		get(alice, "/api/v1/checkins").expectBody().jsonPath("$.total").isEqualTo(0);
		get(alice, "/api/v1/medications").expectBody().jsonPath("$.total").isEqualTo(0);
		get(alice, "/api/v1/profile").expectBody().jsonPath("$.conditions.length()").isEqualTo(0);
	}

	@Test
	void theOpenApiDocumentDescribesTheRiskFactorEndpoints() {
		this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/api/v1/checkins/{nightOf}'].put")
			.exists()
			.jsonPath("$.paths['/api/v1/profile'].put")
			.exists()
			.jsonPath("$.paths['/api/v1/medications/catalog'].get")
			.exists();
	}

	private long medicationId(String user, String json) {
		Map<?, ?> body = this.client.post()
			.uri("/api/v1/medications")
			.headers(h -> h.setBasicAuth(user, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).isNotNull();
		return ((Number) body.get("id")).longValue();
	}

	private RestTestClient.ResponseSpec put(String user, String uri, String json) {
		return this.client.put()
			.uri(uri)
			.headers(h -> h.setBasicAuth(user, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.exchange();
	}

	private RestTestClient.ResponseSpec get(String user, String uri) {
		return this.client.get().uri(uri).headers(h -> h.setBasicAuth(user, PASSWORD)).exchange();
	}

	private String register() {
		String name = "risk" + USERS.incrementAndGet() + "-" + System.nanoTime() % 100000;
		this.client.post()
			.uri("/api/v1/account")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"timeZone\":\"Europe/Paris\"}")
			.exchange()
			.expectStatus()
			.isCreated();
		return name;
	}

}
