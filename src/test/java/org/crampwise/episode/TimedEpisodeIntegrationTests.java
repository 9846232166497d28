package org.crampwise.episode;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/episodes/timed} over real HTTP: a cramp timed on the device is stored exactly once per
 * Idempotency-Key (also when the sends race), with its details honestly null and the night default of
 * wokeFromSleep; bad input names the field and stores nothing; keys are per account.
 */
@IntegrationTest
class TimedEpisodeIntegrationTests {

	private static final AtomicInteger USERS = new AtomicInteger();

	private static final String PASSWORD = "correct-horse-battery";

	private static final String NIGHT_CRAMP = """
			{"startedAt":"2026-11-20T02:14:00+01:00","durationSeconds":95}""";

	@Autowired
	RestTestClient client;

	@Test
	void theSameKeyTwiceStoresOneEpisodeAndAnswersTheOriginal() {
		String alice = register();
		String key = UUID.randomUUID().toString();
		String first = send(alice, key, NIGHT_CRAMP, 201);
		assertThat(first).contains("\"intensity\":null", "\"muscle\":null", "\"side\":null",
				"\"wokeFromSleep\":true", "\"durationSeconds\":95", "\"nightOf\":\"2026-11-19\"");
		String again = send(alice, key, NIGHT_CRAMP, 200);
		assertThat(idOf(again)).isEqualTo(idOf(first));
		assertThat(total(alice)).isEqualTo(1);

		// the details can be added afterwards, as with any episode
		this.client.put()
			.uri("/api/v1/episodes/" + idOf(first))
			.headers(h -> h.setBasicAuth(alice, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"startedAt":"2026-11-20T02:14:00+01:00","durationSeconds":95,"intensity":6,"muscle":"CALF",
					 "side":"LEFT","wokeFromSleep":true}""")
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(send(alice, key, NIGHT_CRAMP, 200)).contains("\"intensity\":6");
	}

	@Test
	void aDaytimeCrampDidNotWakeTheUser() {
		String bob = register();
		String body = send(bob, UUID.randomUUID().toString(),
				"{\"startedAt\":\"2026-11-20T14:30:00+01:00\",\"durationSeconds\":30}", 201);
		assertThat(body).contains("\"wokeFromSleep\":false", "\"daytime\":true");
		String evening = send(bob, UUID.randomUUID().toString(),
				"{\"startedAt\":\"2026-11-20T20:00:00+01:00\",\"durationSeconds\":30}", 201);
		assertThat(evening).contains("\"wokeFromSleep\":true");
	}

	@Test
	void badInputNamesTheFieldAndStoresNothing() {
		String carol = register();
		String missingKey = this.client.post()
			.uri("/api/v1/episodes/timed")
			.headers(h -> h.setBasicAuth(carol, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.body(NIGHT_CRAMP)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(missingKey).contains("\"field\":\"Idempotency-Key\"");
		assertThat(send(carol, "no spaces allowed", NIGHT_CRAMP, 400)).contains("\"field\":\"Idempotency-Key\"");
		assertThat(send(carol, "k1", "{\"startedAt\":\"2026-11-20T02:14:00+01:00\",\"durationSeconds\":0}", 400))
			.contains("\"field\":\"durationSeconds\"");
		assertThat(send(carol, "k2", "{\"durationSeconds\":10}", 400)).contains("\"field\":\"startedAt\"");
		assertThat(send(carol, "k3", "{\"startedAt\":\"2026-11-20T02:14:00+01:00\",\"durationSeconds\":10,"
				+ "\"intensity\":3}", 400)).contains("\"field\":\"intensity\"");
		assertThat(total(carol)).isZero();
		// a rejected send did not use up its key
		send(carol, "k1", NIGHT_CRAMP, 201);
	}

	@Test
	void keysArePerAccount() {
		String dave = register();
		String erin = register();
		String key = UUID.randomUUID().toString();
		String his = send(dave, key, NIGHT_CRAMP, 201);
		String hers = send(erin, key, NIGHT_CRAMP, 201);
		assertThat(idOf(hers)).isNotEqualTo(idOf(his));
		assertThat(total(dave)).isEqualTo(1);
		assertThat(total(erin)).isEqualTo(1);
	}

	@Test
	void aResendAfterTheEpisodeWasDeletedBringsNothingBack() {
		String frank = register();
		String key = UUID.randomUUID().toString();
		long id = idOf(send(frank, key, NIGHT_CRAMP, 201));
		this.client.delete()
			.uri("/api/v1/episodes/" + id)
			.headers(h -> h.setBasicAuth(frank, PASSWORD))
			.exchange()
			.expectStatus()
			.isNoContent();
		assertThat(send(frank, key, NIGHT_CRAMP, 409)).contains("\"field\":\"Idempotency-Key\"");
		assertThat(total(frank)).isZero();
	}

	@Test
	void sendsThatRaceStoreOneEpisode() throws Exception {
		String grace = register();
		String key = UUID.randomUUID().toString();
		int sends = 6;
		CountDownLatch ready = new CountDownLatch(sends);
		ExecutorService pool = Executors.newFixedThreadPool(sends);
		try {
			List<Future<Integer>> statuses = new ArrayList<>();
			for (int i = 0; i < sends; i++) {
				statuses.add(pool.submit(() -> {
					ready.countDown();
					ready.await();
					return this.client.post()
						.uri("/api/v1/episodes/timed")
						.headers(h -> {
							h.setBasicAuth(grace, PASSWORD);
							h.set("Idempotency-Key", key);
						})
						.contentType(MediaType.APPLICATION_JSON)
						.body(NIGHT_CRAMP)
						.exchange()
						.returnResult()
						.getStatus()
						.value();
				}));
			}
			List<Integer> codes = new ArrayList<>();
			for (Future<Integer> status : statuses) {
				codes.add(status.get());
			}
			assertThat(codes).containsOnly(200, 201);
			assertThat(codes).filteredOn(code -> code == 201).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(total(grace)).isEqualTo(1);
	}

	private String send(String user, String key, String body, int status) {
		return this.client.post()
			.uri("/api/v1/episodes/timed")
			.headers(h -> {
				h.setBasicAuth(user, PASSWORD);
				h.set("Idempotency-Key", key);
			})
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private int total(String user) {
		String page = this.client.get()
			.uri("/api/v1/episodes?size=500")
			.headers(h -> h.setBasicAuth(user, PASSWORD))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return Integer.parseInt(page.replaceAll(".*\"total\":(\\d+).*", "$1"));
	}

	private static long idOf(String episode) {
		return Long.parseLong(episode.replaceAll("^\\{\"id\":(\\d+),.*", "$1").trim());
	}

	private String register() {
		String name = "timed" + USERS.incrementAndGet() + "-" + System.nanoTime() % 10000;
		this.client.post()
			.uri("/api/v1/account")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}")
			.exchange()
			.expectStatus()
			.isCreated();
		return name;
	}

}
