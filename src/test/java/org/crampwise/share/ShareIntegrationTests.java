package org.crampwise.share;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.crampwise.support.ApiUser;
import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Share links end to end: made by the API, opened without an account, each file downloaded, every access logged,
 * revoked (404 at once), expired (410), hidden from another user (404), and refused with field-named 400s.
 */
@IntegrationTest
class ShareIntegrationTests {

	static final Pattern URL = Pattern.compile("\"url\":\"(http://localhost:\\d+/share/([A-Za-z0-9_-]{43}))\"");

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	ApiUser alice;

	LocalDate tonight;

	@BeforeEach
	void seed() {
		this.alice = ApiUser.register(this.client, "sharer");
		this.tonight = ApiUser.tonight();
		this.alice.logEpisode("""
				{"startedAt":"%sT02:14:00+01:00","durationSeconds":90,"intensity":7,"muscle":"CALF","side":"LEFT",
				 "notes":"inside the shared nights"}""".formatted(this.tonight.minusDays(4)));
		this.alice.logEpisode("""
				{"startedAt":"%sT02:14:00+01:00","durationSeconds":90,"intensity":7,"muscle":"CALF","side":"LEFT",
				 "notes":"outside the shared nights"}""".formatted(this.tonight.minusDays(20)));
		this.alice.put("/api/v1/checkins/" + this.tonight.minusDays(5), "{\"waterMl\":1200}");
		this.alice.put("/api/v1/checkins/" + this.tonight.minusDays(21), "{\"waterMl\":3300}");
		this.alice.markNoCramps(this.tonight.minusDays(2));
		this.alice.markNoCramps(this.tonight.minusDays(15));
	}

	@Test
	void aLinkOpensWithoutAnAccountShowsOnlyItsNightsAndLogsEveryAccess() {
		Created link = create(this.alice, "{\"expiresInDays\":7,\"from\":\"" + this.tonight.minusDays(10) + "\",\"to\":\""
				+ this.tonight.minusDays(1) + "\"}");
		assertThat(link.url()).startsWith("http://localhost:" + this.port + "/share/");
		assertThat(Duration.between(OffsetDateTime.now(), link.expiresAt())).isBetween(Duration.ofDays(7).minusMinutes(1),
				Duration.ofDays(7));

		var page = this.client.get().uri("/share/" + link.token()).exchange();
		page.expectStatus().isOk();
		page.expectHeader().valueEquals("X-Robots-Tag", "noindex, nofollow");
		page.expectHeader().valueEquals("Referrer-Policy", "no-referrer");
		page.expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store");
		String html = page.expectBody(String.class).returnResult().getResponseBody();
		assertThat(html).contains("<meta name=\"robots\" content=\"noindex, nofollow\">")
			.contains(this.alice.username() + " (pseudonymous)")
			.contains("inside the shared nights")
			.doesNotContain("outside the shared nights")
			// the known nights of the shared range only (a cramp and a "no cramps"), and gated patterns only
			.contains("Known nights (a cramp logged, or “no cramps”): 2 of 10; 1 of them also have a check-in.")
			.contains("No pattern has passed these checks yet (22 tests need more known nights)")
			.contains("/share/" + link.token() + "/report.pdf")
			.contains("/share/" + link.token() + "/episodes.csv")
			.contains("/share/" + link.token() + "/fhir");

		String csv = download(link, "episodes.csv", "text/csv");
		assertThat(csv.lines()).hasSize(2);
		assertThat(csv).contains("inside the shared nights").doesNotContain("outside the shared nights");
		assertThat(download(link, "checkins.csv", "text/csv")).contains("1200").doesNotContain("3300");
		assertThat(download(link, "report.pdf", "application/pdf")).startsWith("%PDF-");
		assertThat(download(link, "fhir", "application/fhir+json")).contains("inside the shared nights")
			.doesNotContain("outside the shared nights");

		String log = this.alice.get("/api/v1/shares/" + link.id() + "/accesses")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(Pattern.compile("\"what\":\"(\\w+)\"").matcher(log).results().map(m -> m.group(1)))
			.containsExactly("FHIR", "PDF", "CSV", "CSV", "VIEW");
		assertThat(log).matches(".*\"at\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?\\+0[12]:00\".*");
	}

	@Test
	void onlyTheHashOfTheTokenIsStored() {
		Created link = create(this.alice, "{}");
		Map<String, Object> row = this.jdbc.queryForMap("SELECT * FROM share_links WHERE id = ?", link.id());
		assertThat(row.get("token_hash")).isEqualTo(ShareTokens.hash(link.token()));
		assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(link.token()));
		assertThat(ShareTokens.hash(link.token())).hasSize(64).isNotEqualTo(link.token());

		String listed = this.alice.get("/api/v1/shares").exchange().expectBody(String.class).returnResult().getResponseBody();
		assertThat(listed).contains("\"id\":" + link.id()).contains("\"status\":\"ACTIVE\"").doesNotContain(link.token());
	}

	@Test
	void defaultsToThirtyDaysAndTheNightsThatExist() {
		Created link = create(this.alice, "{}");
		String shown = this.alice.get("/api/v1/shares/" + link.id())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		// the first logged night: the episode at 02:14 on the 20th night back and the check-in of the 21st
		assertThat(shown).contains("\"from\":\"" + this.tonight.minusDays(21) + "\"")
			.contains("\"to\":\"" + this.tonight + "\"")
			.contains("\"revokedAt\":null");
		assertThat(Duration.between(OffsetDateTime.now(), link.expiresAt())).isBetween(Duration.ofDays(30).minusMinutes(1),
				Duration.ofDays(30));
	}

	@Test
	void revokingClosesTheLinkAtOnceAndKeepsItsLog() {
		Created link = create(this.alice, "{}");
		this.client.get().uri("/share/" + link.token()).exchange().expectStatus().isOk().expectBody(String.class).returnResult();

		this.client.delete()
			.uri("/api/v1/shares/" + link.id())
			.headers(h -> h.setBasicAuth(this.alice.username(), ApiUser.PASSWORD))
			.exchange()
			.expectStatus()
			.isNoContent()
			.expectBody(String.class)
			.returnResult();

		var page = this.client.get().uri("/share/" + link.token()).exchange();
		page.expectStatus().isNotFound();
		page.expectHeader().valueEquals("X-Robots-Tag", "noindex, nofollow");
		assertThat(page.expectBody(String.class).returnResult().getResponseBody()).contains("This link does not open");
		for (String file : List.of("episodes.csv", "checkins.csv", "report.pdf", "fhir")) {
			this.client.get().uri("/share/" + link.token() + "/" + file).exchange().expectStatus().isNotFound()
				.expectBody(String.class).returnResult();
		}
		assertThat(this.alice.get("/api/v1/shares/" + link.id()).exchange().expectBody(String.class).returnResult()
			.getResponseBody()).contains("\"status\":\"REVOKED\"").contains("\"revokedAt\":\"");
		String log = this.alice.get("/api/v1/shares/" + link.id() + "/accesses")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(Pattern.compile("\"what\":\"(\\w+)\"").matcher(log).results().map(m -> m.group(1)))
			.as("only the opening before the revocation")
			.containsExactly("VIEW");
		this.client.delete()
			.uri("/api/v1/shares/" + link.id())
			.headers(h -> h.setBasicAuth(this.alice.username(), ApiUser.PASSWORD))
			.exchange()
			.expectStatus()
			.isNoContent()
			.expectBody(String.class)
			.returnResult();
	}

	@Test
	void anExpiredLinkIsGone() {
		Created link = create(this.alice, "{\"expiresInDays\":1}");
		this.jdbc.update("UPDATE share_links SET created_at = ?, expires_at = ? WHERE id = ?",
				java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofDays(2))),
				java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), link.id());

		var page = this.client.get().uri("/share/" + link.token()).exchange();
		page.expectStatus().isEqualTo(HttpStatus.GONE);
		page.expectHeader().valueEquals("Referrer-Policy", "no-referrer");
		assertThat(page.expectBody(String.class).returnResult().getResponseBody()).contains("This link has expired")
			.contains("<meta name=\"robots\" content=\"noindex, nofollow\">");
		this.client.get().uri("/share/" + link.token() + "/report.pdf").exchange().expectStatus()
			.isEqualTo(HttpStatus.GONE).expectBody(String.class).returnResult();
		assertThat(this.alice.get("/api/v1/shares/" + link.id()).exchange().expectBody(String.class).returnResult()
			.getResponseBody()).contains("\"status\":\"EXPIRED\"");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM share_accesses WHERE share_id = ?", Integer.class,
				link.id())).as("a refused opening is not an access").isZero();

		this.client.delete()
			.uri("/api/v1/shares/" + link.id())
			.headers(h -> h.setBasicAuth(this.alice.username(), ApiUser.PASSWORD))
			.exchange()
			.expectStatus()
			.isNoContent()
			.expectBody(String.class)
			.returnResult();
		this.client.get().uri("/share/" + link.token()).exchange().expectStatus().isNotFound()
			.expectBody(String.class).returnResult();
	}

	@Test
	void aLinkOpenedSixtyTimesInAnHourAnswers429UntilTheHourPasses() {
		Created link = create(this.alice, "{}");
		Long owner = this.jdbc.queryForObject("SELECT account_id FROM share_links WHERE id = ?", Long.class, link.id());
		java.sql.Timestamp recent = java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofMinutes(30)));
		for (int i = 0; i < 60; i++) {
			this.jdbc.update("INSERT INTO share_accesses (account_id, share_id, accessed_at, what) VALUES (?, ?, ?, 'PDF')",
					owner, link.id(), recent);
		}

		var refused = this.client.get().uri("/share/" + link.token()).exchange();
		refused.expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(refused.expectBody(String.class).returnResult().getResponseBody())
			.contains("This link was opened too often");
		this.client.get().uri("/share/" + link.token() + "/report.pdf").exchange().expectStatus()
			.isEqualTo(HttpStatus.TOO_MANY_REQUESTS).expectBody(String.class).returnResult();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM share_accesses WHERE share_id = ?", Integer.class,
				link.id())).as("a refused opening is not logged").isEqualTo(60);

		this.jdbc.update("UPDATE share_accesses SET accessed_at = ? WHERE share_id = ?",
				java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofMinutes(61))), link.id());
		this.client.get().uri("/share/" + link.token()).exchange().expectStatus().isOk().expectBody(String.class)
			.returnResult();
	}

	@Test
	void anotherUsersLinkIdIsNotFoundAndTheirListIsEmpty() {
		Created link = create(this.alice, "{}");
		ApiUser bob = ApiUser.register(this.client, "stranger");
		for (String path : List.of("/api/v1/shares/" + link.id(), "/api/v1/shares/" + link.id() + "/accesses")) {
			bob.get(path).exchange().expectStatus().isNotFound().expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).expectBody(String.class).returnResult();
		}
		this.client.delete()
			.uri("/api/v1/shares/" + link.id())
			.headers(h -> h.setBasicAuth(bob.username(), ApiUser.PASSWORD))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody(String.class)
			.returnResult();
		assertThat(bob.get("/api/v1/shares").exchange().expectBody(String.class).returnResult().getResponseBody())
			.contains("\"total\":0");
		this.client.delete()
			.uri("/api/v1/shares/999999999")
			.headers(h -> h.setBasicAuth(bob.username(), ApiUser.PASSWORD))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody(String.class)
			.returnResult();
		this.client.get().uri("/share/" + link.token()).exchange().expectStatus().isOk().expectBody(String.class)
			.returnResult();
	}

	@Test
	void unknownAndMalformedTokensAreNotFound() {
		String unknown = new ShareTokens().newToken();
		for (String token : List.of(unknown, "abc", unknown + "x", unknown.substring(1) + "*")) {
			this.client.get().uri("/share/" + token).exchange().expectStatus().isNotFound().expectBody(String.class)
				.returnResult();
		}
	}

	@Test
	void badInputIsAFieldNamed400AndNothingIsStored() {
		int before = count(this.alice);
		this.client.post()
			.uri("/api/v1/shares")
			.headers(h -> h.setBasicAuth(this.alice.username(), ApiUser.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"expiresInDays\":0,\"from\":\"" + this.tonight + "\",\"to\":\"" + this.tonight.minusDays(1) + "\"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.isEqualTo(List.of("to", "expiresInDays"));
		for (String body : List.of("{\"expiresInDays\":366}", "{\"expiresInDays\":-1}", "{\"expiresInDays\":\"soon\"}",
				"{\"from\":\"" + this.tonight.minusDays(1096) + "\"}", "{\"to\":\"" + this.tonight.plusDays(1) + "\"}",
				"{\"token\":\"mine\"}")) {
			this.client.post()
				.uri("/api/v1/shares")
				.headers(h -> h.setBasicAuth(this.alice.username(), ApiUser.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.body(body)
				.exchange()
				.expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.errors[0].field")
				.exists();
		}
		assertThat(count(this.alice)).isEqualTo(before);
		this.client.get().uri("/api/v1/shares").exchange().expectStatus().isUnauthorized().expectBody(String.class)
			.returnResult();
	}

	private int count(ApiUser user) {
		return this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM share_links s JOIN accounts a ON a.id = s.account_id WHERE a.username = ?",
				Integer.class, user.username());
	}

	private String download(Created link, String file, String type) {
		var result = this.client.get().uri("/share/" + link.token() + "/" + file).exchange();
		result.expectStatus().isOk();
		result.expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType(type));
		result.expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-store");
		result.expectHeader().valueEquals("Referrer-Policy", "no-referrer");
		var body = result.expectBody(byte[].class).returnResult();
		assertThat(body.getResponseHeaders().getContentDisposition().getFilename()).startsWith("crampwise-");
		return new String(body.getResponseBody(), StandardCharsets.UTF_8);
	}

	private Created create(ApiUser user, String body) {
		var result = this.client.post()
			.uri("/api/v1/shares")
			.headers(h -> h.setBasicAuth(user.username(), ApiUser.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange();
		result.expectStatus().isCreated();
		String json = result.expectBody(String.class).returnResult().getResponseBody();
		long id = Long.parseLong(json.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
		result.expectHeader().valueEquals(HttpHeaders.LOCATION, "/api/v1/shares/" + id);
		Matcher url = URL.matcher(json);
		assertThat(url.find()).as(json).isTrue();
		OffsetDateTime expiresAt = OffsetDateTime.parse(json.replaceAll("^.*\"expiresAt\":\"([^\"]+)\".*$", "$1"));
		return new Created(id, url.group(1), url.group(2), expiresAt);
	}

	record Created(long id, String url, String token, OffsetDateTime expiresAt) {
	}

}
