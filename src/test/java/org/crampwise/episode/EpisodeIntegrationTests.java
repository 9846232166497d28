package org.crampwise.episode;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The episode API over real HTTP with HTTP Basic, on the whole application: the contract's round trips, the timer,
 * isolation between users, erasure, and the OpenAPI document.
 */
@IntegrationTest
class EpisodeIntegrationTests {

	private static final AtomicInteger USERS = new AtomicInteger();

	private static final String PASSWORD = "correct-horse-battery";

	private static final String EPISODE = """
			{"startedAt":"2026-11-20T02:14:00+01:00","durationSeconds":90,"intensity":7,"muscle":"CALF","side":"LEFT",
			 "wokeFromSleep":true,"reliefsTried":["STRETCH_DURING_CRAMP","MASSAGE"],"helpedMost":"STRETCH_DURING_CRAMP",
			 "warningSigns":["CALF_SWELLING_OR_REDNESS"],"notes":"left calf"}""";

	@Autowired
	RestTestClient client;

	@Test
	void logsReadsListsCorrectsAndDeletesAnEpisode() {
		String alice = register();
		String location = this.client.post()
			.uri("/api/v1/episodes")
			.headers(h -> h.setBasicAuth(alice, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.body(EPISODE)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.nightOf")
			.isEqualTo("2026-11-19")
			.returnResult()
			.getResponseHeaders()
			.getLocation()
			.toString();
		assertThat(location).matches("/api/v1/episodes/\\d+");

		String stored = this.client.get()
			.uri(location)
			.headers(h -> h.setBasicAuth(alice, PASSWORD))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(stored).contains("\"startedAt\":\"2026-11-20T02:14:00+01:00\"").contains("\"daytime\":false");

		this.client.get()
			.uri("/api/v1/episodes?from=2026-11-19&to=2026-11-19&size=10")
			.headers(h -> h.setBasicAuth(alice, PASSWORD))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.total")
			.isEqualTo(1)
			.jsonPath("$.size")
			.isEqualTo(10)
			.jsonPath("$.items[0].intensity")
			.isEqualTo(7);
		this.client.get()
			.uri("/api/v1/episodes?from=2026-11-20")
			.headers(h -> h.setBasicAuth(alice, PASSWORD))
			.exchange()
			.expectBody()
			.jsonPath("$.total")
			.isEqualTo(0);

		// what was read can be sent back (id, nightOf and daytime are ignored) with one change
		this.client.put()
			.uri(location)
			.headers(h -> h.setBasicAuth(alice, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.body(stored.replace("\"intensity\":7", "\"intensity\":4"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.intensity")
			.isEqualTo(4);

		this.client.delete().uri(location).headers(h -> h.setBasicAuth(alice, PASSWORD)).exchange().expectStatus().isNoContent();
		this.client.get().uri(location).headers(h -> h.setBasicAuth(alice, PASSWORD)).exchange().expectStatus().isNotFound();
	}

	@Test
	void anotherUserSeesNoneOfItAndGets404() {
		String alice = register();
		String bob = register();
		String location = create(alice);

		for (var request : java.util.List.of(this.client.get().uri(location), this.client.delete().uri(location))) {
			request.headers(h -> h.setBasicAuth(bob, PASSWORD))
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}
		this.client.put()
			.uri(location)
			.headers(h -> h.setBasicAuth(bob, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.body(EPISODE)
			.exchange()
			.expectStatus()
			.isNotFound();
		this.client.get()
			.uri("/api/v1/episodes")
			.headers(h -> h.setBasicAuth(bob, PASSWORD))
			.exchange()
			.expectBody()
			.jsonPath("$.total")
			.isEqualTo(0);
		this.client.get().uri(location).headers(h -> h.setBasicAuth(alice, PASSWORD)).exchange().expectStatus().isOk();
	}

	@Test
	void theTimerRunsOnTheServerStartsOnceAndStopsOnce() {
		String alice = register();

		String started = this.client.post()
			.uri("/api/v1/episodes/timer")
			.headers(h -> h.setBasicAuth(alice, PASSWORD))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(started).matches("\\{\"startedAt\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]0[12]:00\"}");
		this.client.post()
			.uri("/api/v1/episodes/timer")
			.headers(h -> h.setBasicAuth(alice, PASSWORD))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo(started);
		this.client.get()
			.uri("/api/v1/episodes/timer")
			.headers(h -> h.setBasicAuth(alice, PASSWORD))
			.exchange()
			.expectBody(String.class)
			.isEqualTo(started);

		this.client.post()
			.uri("/api/v1/episodes/timer/stop")
			.headers(h -> h.setBasicAuth(alice, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"intensity\":3}")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.intensity")
			.isEqualTo(3)
			.jsonPath("$.muscle")
			.isEmpty()
			.jsonPath("$.durationSeconds")
			.value(Integer.class, seconds -> assertThat(seconds).isBetween(1, 60));
		this.client.post()
			.uri("/api/v1/episodes/timer/stop")
			.headers(h -> h.setBasicAuth(alice, PASSWORD))
			.exchange()
			.expectStatus()
			.isNotFound();
		this.client.get()
			.uri("/api/v1/episodes")
			.headers(h -> h.setBasicAuth(alice, PASSWORD))
			.exchange()
			.expectBody()
			.jsonPath("$.total")
			.isEqualTo(1);
	}

	@Test
	void erasingTheAccountErasesItsEpisodes() {
		String alice = register();
		create(alice);
		this.client.post().uri("/api/v1/episodes/timer").headers(h -> h.setBasicAuth(alice, PASSWORD)).exchange();

		this.client.delete()
			.uri("/api/v1/account")
			.headers(h -> h.setBasicAuth(alice, PASSWORD))
			.exchange()
			.expectStatus()
			.isNoContent();
		register(alice);

		this.client.get()
			.uri("/api/v1/episodes")
			.headers(h -> h.setBasicAuth(alice, PASSWORD))
			.exchange()
			.expectBody()
			.jsonPath("$.total")
			.isEqualTo(0);
		this.client.get()
			.uri("/api/v1/episodes/timer")
			.headers(h -> h.setBasicAuth(alice, PASSWORD))
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void theOpenApiDocumentDescribesTheEpisodeEndpointsWithoutTheSignedInUserAsAParameter() {
		String document = this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(document).contains("\"/api/v1/episodes\"", "\"/api/v1/episodes/{id}\"", "\"/api/v1/episodes/timer\"",
				"\"/api/v1/episodes/timer/stop\"", "\"CrampEpisode\"", "\"CrampEpisodePage\"", "not rated");
		this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectBody()
			.jsonPath("$.paths['/api/v1/episodes'].get.parameters[*].name")
			.value(names -> assertThat(names.toString()).contains("from", "to", "page", "size").doesNotContain("me"));
	}

	private String create(String user) {
		return this.client.post()
			.uri("/api/v1/episodes")
			.headers(h -> h.setBasicAuth(user, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.body(EPISODE)
			.exchange()
			.expectStatus()
			.isCreated()
			.returnResult(String.class)
			.getResponseHeaders()
			.getLocation()
			.toString();
	}

	private String register() {
		return register("episodes" + USERS.incrementAndGet() + "-" + System.nanoTime() % 100000);
	}

	private String register(String name) {
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
