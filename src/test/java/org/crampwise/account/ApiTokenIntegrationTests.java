package org.crampwise.account;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API tokens over real HTTP: made with the password, shown once, stored as a hash, READ is GET only, WRITE writes,
 * revoking and expiry take effect at once, lastUsedAt is written at most once a minute; and the API's defences
 * against a browser: no CSRF token from the query string, no cross-site writes even with cached Basic credentials.
 */
@IntegrationTest
class ApiTokenIntegrationTests {

	private static final String PASSWORD = "correct-horse-battery";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private String user;

	@BeforeEach
	void register() throws Exception {
		this.user = "tokens" + System.nanoTime() % 10_000_000;
		HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/api/v1/account"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + this.user + "\",\"password\":\"" + PASSWORD
					+ "\",\"timeZone\":\"Europe/Paris\"}")));
		assertThat(created.statusCode()).isEqualTo(201);
	}

	@Test
	void aTokenIsShownOnceStoredAsItsHashAndSignsInAsBearer() throws Exception {
		HttpResponse<String> made = makeToken("{\"name\":\"my script\",\"scope\":\"READ\",\"expiresInDays\":30}");
		assertThat(made.statusCode()).isEqualTo(201);
		assertThat(made.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/api/v1/tokens/"));
		String token = field(made.body(), "token");
		assertThat(token).matches("cwt_[A-Za-z0-9_-]{43}");
		assertThat(made.body()).contains("\"name\":\"my script\"", "\"scope\":\"READ\"", "\"lastUsedAt\":null");

		List<Map<String, Object>> rows = this.jdbc.queryForList("SELECT * FROM api_tokens WHERE name = 'my script' "
				+ "AND account_id = (SELECT id FROM accounts WHERE username = ?)", this.user);
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).toString()).doesNotContain(token);
		assertThat(rows.get(0).get("TOKEN_HASH")).isEqualTo(ApiTokens.hash(token));

		HttpResponse<String> read = bearer(token, HttpRequest.newBuilder(uri("/api/v1/account")));
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).contains("\"username\":\"" + this.user + "\"");
		assertThat(read.headers().firstValue("Set-Cookie")).as("a token call starts no session").isEmpty();

		HttpResponse<String> listed = send(basic(HttpRequest.newBuilder(uri("/api/v1/tokens"))));
		assertThat(listed.statusCode()).isEqualTo(200);
		assertThat(listed.body()).contains("\"name\":\"my script\"").doesNotContain(token).doesNotContain("\"token\"");
		assertThat(listed.body()).doesNotContain("\"lastUsedAt\":null");
	}

	@Test
	void aReadTokenMayOnlyGetAndAWriteTokenWrites() throws Exception {
		String read = field(makeToken("{\"name\":\"reader\",\"scope\":\"READ\"}").body(), "token");
		String write = field(makeToken("{\"name\":\"writer\",\"scope\":\"WRITE\"}").body(), "token");

		HttpResponse<String> refused = bearer(read, HttpRequest.newBuilder(uri("/api/v1/episodes/timer"))
			.POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(bearer(read, HttpRequest.newBuilder(uri("/api/v1/account")).DELETE()).statusCode()).isEqualTo(403);
		assertThat(timers()).as("nothing started by a READ token").isZero();

		assertThat(bearer(write, HttpRequest.newBuilder(uri("/api/v1/episodes/timer"))
			.POST(HttpRequest.BodyPublishers.noBody())).statusCode()).as("no CSRF token needed").isEqualTo(201);
		assertThat(timers()).isEqualTo(1);
	}

	@Test
	void aTokenCannotMakeOrRevokeTokens() throws Exception {
		String write = field(makeToken("{\"name\":\"writer\",\"scope\":\"WRITE\"}").body(), "token");
		assertThat(bearer(write, HttpRequest.newBuilder(uri("/api/v1/tokens"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"more\",\"scope\":\"WRITE\",\"expiresInDays\":365}")))
			.statusCode()).isEqualTo(403);
		assertThat(bearer(write, HttpRequest.newBuilder(uri("/api/v1/tokens"))).statusCode()).isEqualTo(200);
	}

	@Test
	void revokingAndExpiryTakeEffectAtOnce() throws Exception {
		HttpResponse<String> made = makeToken("{\"name\":\"short-lived\",\"scope\":\"READ\"}");
		String token = field(made.body(), "token");
		long id = Long.parseLong(made.body().replaceAll("(?s)^\\{\"id\":(\\d+),.*$", "$1"));
		assertThat(bearer(token, HttpRequest.newBuilder(uri("/api/v1/account"))).statusCode()).isEqualTo(200);

		// made two days ago, expired a second ago (expires_at must stay after created_at)
		this.jdbc.update("UPDATE api_tokens SET created_at = ?, expires_at = ? WHERE id = ?",
				Timestamp.from(Instant.now().minus(Duration.ofDays(2))), Timestamp.from(Instant.now().minusSeconds(1)), id);
		HttpResponse<String> expired = bearer(token, HttpRequest.newBuilder(uri("/api/v1/account")));
		assertThat(expired.statusCode()).isEqualTo(401);
		assertThat(expired.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
		assertThat(expired.body()).contains("\"status\":401");

		String other = field(makeToken("{\"name\":\"revoked\",\"scope\":\"READ\"}").body(), "token");
		long otherId = this.jdbc.queryForObject("SELECT id FROM api_tokens WHERE token_hash = ?", Long.class,
				ApiTokens.hash(other));
		assertThat(bearer(other, HttpRequest.newBuilder(uri("/api/v1/account"))).statusCode()).isEqualTo(200);
		assertThat(send(basic(HttpRequest.newBuilder(uri("/api/v1/tokens/" + otherId)).DELETE())).statusCode())
			.isEqualTo(204);
		assertThat(bearer(other, HttpRequest.newBuilder(uri("/api/v1/account"))).statusCode()).isEqualTo(401);
		assertThat(send(basic(HttpRequest.newBuilder(uri("/api/v1/tokens/" + otherId)).DELETE())).statusCode())
			.isEqualTo(404);
	}

	@Test
	void lastUsedAtIsWrittenAtMostOnceAMinute() throws Exception {
		String token = field(makeToken("{\"name\":\"used\",\"scope\":\"READ\"}").body(), "token");
		Instant recent = Instant.now().minusSeconds(30).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		this.jdbc.update("UPDATE api_tokens SET last_used_at = ? WHERE token_hash = ?", Timestamp.from(recent),
				ApiTokens.hash(token));
		bearer(token, HttpRequest.newBuilder(uri("/api/v1/account")));
		assertThat(lastUsed(token)).as("used 30 s ago: not written again").isEqualTo(recent);

		Instant old = recent.minus(Duration.ofMinutes(2));
		this.jdbc.update("UPDATE api_tokens SET last_used_at = ? WHERE token_hash = ?", Timestamp.from(old),
				ApiTokens.hash(token));
		bearer(token, HttpRequest.newBuilder(uri("/api/v1/account")));
		assertThat(lastUsed(token)).isAfter(recent);
	}

	@Test
	void badTokenRequestsNameEveryFieldAndStoreNothing() throws Exception {
		HttpResponse<String> refused = makeToken("{\"name\":\"  \",\"expiresInDays\":366}");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("\"field\":\"name\"", "\"field\":\"scope\"", "\"field\":\"expiresInDays\"");
		assertThat(makeToken("{\"name\":\"x\",\"scope\":\"ADMIN\"}").statusCode()).isEqualTo(400);
		assertThat(makeToken("{\"name\":\"x\",\"scope\":\"READ\",\"expiresInDays\":0}").statusCode()).isEqualTo(400);
		assertThat(makeToken("{\"name\":\"" + "n".repeat(61) + "\",\"scope\":\"READ\"}").statusCode()).isEqualTo(400);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM api_tokens WHERE account_id = "
				+ "(SELECT id FROM accounts WHERE username = ?)", Integer.class, this.user)).isZero();
	}

	@Test
	void anUnknownOrMalformedTokenIs401WithoutInvitingBasic() throws Exception {
		for (String token : List.of("cwt_" + "A".repeat(43), "nonsense", "")) {
			HttpResponse<String> refused = bearer(token, HttpRequest.newBuilder(uri("/api/v1/account")));
			assertThat(refused.statusCode()).isEqualTo(401);
			assertThat(refused.headers().allValues("WWW-Authenticate")).noneMatch(v -> v.startsWith("Basic"));
		}
	}

	@Test
	void theApiTakesNoCsrfTokenFromTheQueryString() throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
		String token = signInByForm(browser);

		HttpResponse<String> inQuery = browser.send(HttpRequest.newBuilder(uri("/api/v1/episodes/timer?_csrf="
				+ URLEncoder.encode(token, StandardCharsets.UTF_8))).POST(HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(inQuery.statusCode()).isEqualTo(403);
		assertThat(timers()).isZero();

		HttpResponse<String> inHeader = browser.send(HttpRequest.newBuilder(uri("/api/v1/episodes/timer"))
			.header("X-CSRF-TOKEN", token)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(inHeader.statusCode()).isEqualTo(201);
	}

	@Test
	void aCrossSiteFormPostWithCachedBasicCredentialsIsRefused() throws Exception {
		// what a browser sends for <form method=post action=".../api/v1/episodes/timer"> on another site
		HttpResponse<String> refused = send(basic(HttpRequest.newBuilder(uri("/api/v1/episodes/timer")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Origin", "https://evil.example")
			.header("Sec-Fetch-Site", "cross-site")
			.POST(HttpRequest.BodyPublishers.ofString("a=b")));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("\"status\":403");
		assertThat(timers()).isZero();

		HttpResponse<String> noSecFetch = send(basic(HttpRequest.newBuilder(uri("/api/v1/episodes/timer")))
			.header("Origin", "null")
			.POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(noSecFetch.statusCode()).isEqualTo(403);
		assertThat(timers()).isZero();

		HttpResponse<String> ours = send(basic(HttpRequest.newBuilder(uri("/api/v1/episodes/timer")))
			.header("Origin", "http://localhost:" + this.port)
			.header("Sec-Fetch-Site", "same-origin")
			.POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(ours.statusCode()).isEqualTo(201);
	}

	@Test
	void anUnsignedApiWriteIs401AsAProblem() throws Exception {
		HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/api/v1/episodes/timer"))
			.POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.body()).contains("\"status\":401");
		assertThat(refused.headers().firstValue("WWW-Authenticate")).isEmpty();
	}

	/** Signs in through the page and returns a CSRF token of the session. */
	private String signInByForm(HttpClient browser) throws Exception {
		String login = browser.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + this.user + "&password=" + PASSWORD + "&_csrf="
					+ csrf(login)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		return csrf(browser.send(HttpRequest.newBuilder(uri("/profile/tokens")).build(),
				HttpResponse.BodyHandlers.ofString()).body());
	}

	private static String csrf(String page) {
		Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(matcher.find()).as("a CSRF field on the page").isTrue();
		return matcher.group(1);
	}

	private int timers() {
		Integer count = this.jdbc.queryForObject("SELECT COUNT(*) FROM episode_timers WHERE account_id = "
				+ "(SELECT id FROM accounts WHERE username = ?)", Integer.class, this.user);
		return (count != null) ? count : 0;
	}

	private Instant lastUsed(String token) {
		return this.jdbc.queryForObject("SELECT last_used_at FROM api_tokens WHERE token_hash = ?", Timestamp.class,
				ApiTokens.hash(token)).toInstant();
	}

	private HttpResponse<String> makeToken(String json) throws Exception {
		return send(basic(HttpRequest.newBuilder(uri("/api/v1/tokens")))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	private static String field(String json, String name) {
		Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
		assertThat(matcher.find()).as(name + " in " + json).isTrue();
		return matcher.group(1);
	}

	private HttpRequest.Builder basic(HttpRequest.Builder request) {
		return request.header("Authorization", "Basic "
				+ Base64.getEncoder().encodeToString((this.user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
	}

	private static HttpResponse<String> bearer(String token, HttpRequest.Builder request) throws Exception {
		return send(request.header("Authorization", "Bearer " + token));
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
