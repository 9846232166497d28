package org.crampwise.share;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.crampwise.support.ApiUser;
import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A share link's hourly limits: exact under concurrent openings (the link's row is locked while they are counted),
 * and per client, so one holder of the link cannot use up the openings the clinician needs.
 */
@IntegrationTest
class ShareLimitIntegrationTests {

	private static final Pattern TOKEN = Pattern.compile("/share/([A-Za-z0-9_-]{43})\"");

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ShareService shares;

	@LocalServerPort
	int port;

	private ApiUser alice;

	@BeforeEach
	void register() {
		this.alice = ApiUser.register(this.client, "limited");
	}

	@Test
	void twelveConcurrentClientsGetExactlyTheOpeningsThatAreLeft() throws Exception {
		String token = newLink();
		long id = linkId(token);
		// 55 openings this hour by other clients: 5 are left for the 12 that arrive at once
		Timestamp recent = Timestamp.from(Instant.now().minus(Duration.ofMinutes(10)));
		for (int i = 0; i < 55; i++) {
			this.jdbc.update("INSERT INTO share_accesses (account_id, share_id, accessed_at, what, client_key) "
					+ "SELECT account_id, id, ?, 'CSV', ? FROM share_links WHERE id = ?", recent, "other-" + i, id);
		}
		HttpClient http = HttpClient.newHttpClient();
		ExecutorService pool = Executors.newFixedThreadPool(12);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/share/"
							+ token + "/episodes.csv")).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			assertThat(statuses).filteredOn(status -> status == 200).hasSize(5);
			assertThat(statuses).filteredOn(status -> status == 429).hasSize(7);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM share_accesses WHERE share_id = ?", Integer.class,
				id)).isEqualTo(60);
	}

	@Test
	void oneClientCannotUseUpTheOpeningsOfOthers() {
		String token = newLink();
		for (int i = 0; i < 20; i++) {
			this.shares.open(token, AccessKind.VIEW, "198.51.100.9");
		}
		assertThatExceptionOfType(ShareRateLimitedException.class)
			.isThrownBy(() -> this.shares.open(token, AccessKind.VIEW, "198.51.100.9"));
		// the clinician, from elsewhere, still opens it
		this.shares.open(token, AccessKind.VIEW, "192.0.2.44");

		assertThat(this.jdbc.queryForList("SELECT client_key FROM share_accesses WHERE share_id = ?", String.class,
				linkId(token))).hasSize(21)
			.as("the address itself is never stored")
			.noneMatch(key -> key.contains("198.51") || key.contains("192.0"))
			.contains(ShareTokens.hash("198.51.100.9"), ShareTokens.hash("192.0.2.44"));
	}

	private String newLink() {
		String json = this.alice.create("/api/v1/shares", "{}");
		Matcher token = TOKEN.matcher(json);
		assertThat(token.find()).as(json).isTrue();
		return token.group(1);
	}

	private long linkId(String token) {
		return this.jdbc.queryForObject("SELECT id FROM share_links WHERE token_hash = ?", Long.class,
				ShareTokens.hash(token));
	}

}
