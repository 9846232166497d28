package org.crampwise.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.crampwise.support.ApiUser;
import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The input rules over real HTTP: one text rule for every string, no coercion, no duplicate keys, dates exactly
 * {@code YYYY-MM-DD} within bounds, bounded pages, 415 for a wrong content type, and a problem document for every
 * API error, the container's and the firewall's included. Each refusal stores nothing.
 */
@IntegrationTest
class StrictInputIntegrationTests {

	static final String EPISODE = """
			{"startedAt":"2026-11-20T02:14:00+01:00","durationSeconds":90,"intensity":7,"muscle":"CALF","side":"LEFT"%s}""";

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	ApiUser user;

	@BeforeEach
	void register() {
		this.user = ApiUser.register(this.client, "strict");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\\u0000", "\\u0001", "\\u001b[31m", "\\u007f", "\\u0085", "\\ufffe", "\\uffff", "\\ud800",
			"\\udc00x", "\\ufdd0" })
	void aNoteOrMedicationNameWithAnUnstorableCharacterIsAFieldNamed400(String character) throws Exception {
		assertRefused(send("POST", "/api/v1/episodes", EPISODE.formatted(",\"notes\":\"left " + character + "\"")),
				"notes", "must not contain the character U+");
		assertRefused(send("POST", "/api/v1/medications", "{\"name\":\"Amlo" + character + "dipine\"}"), "name",
				"must not contain");
	}

	@Test
	void tabsLineBreaksAndEmojiAreStored() throws Exception {
		HttpResponse<String> created = send("POST", "/api/v1/episodes",
				EPISODE.formatted(",\"notes\":\"left\\tcalf\\r\\nwoke \\ud83d\\ude2b, caf\\u00e9 \\u6728\""));
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.body()).contains("left\\tcalf\\r\\nwoke \uD83D\uDE2B, café 木");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			durationSeconds | "7"
			durationSeconds | 7.5
			intensity       | "7"
			intensity       | true
			wokeFromSleep   | 1
			wokeFromSleep   | -1e30
			wokeFromSleep   | "true"
			notes           | 5
			muscle          | 0
			startedAt       | 1763601240
			startedAt       | "2026-11-20T02:14:00"
			startedAt       | "2026-11-20 02:14:00+01:00"
			startedAt       | "+10000-11-20T02:14:00+01:00"
			startedAt       | "1970-01-01T02:00:00+01:00"
			startedAt       | "1901-06-01T02:00:00+01:00"
			""")
	void wronglyTypedOrOutOfRangeEpisodeFieldsAreFieldNamed400s(String field, String value) throws Exception {
		String body = EPISODE.formatted("").replaceFirst("\"" + field + "\":(\"[^\"]*\"|[^,}]*),?", "");
		body = body.substring(0, body.length() - 1) + (body.endsWith("{}") ? "" : ",") + "\"" + field + "\":" + value
				+ "}";
		assertRefused(send("POST", "/api/v1/episodes", body), field, "");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2147483648", "\"+10000-01-01\"", "\"1899-12-31\"", "\"2100-01-01\"", "\"2026-2-3\"",
			"\"2026-02-30\"", "\"20260203\"", "true" })
	void aMedicationDateIsExactlyYyyyMmDdWithinBounds(String stoppedOn) throws Exception {
		assertRefused(send("POST", "/api/v1/medications", "{\"name\":\"Amlodipine\",\"stoppedOn\":" + stoppedOn + "}"),
				"stoppedOn", "must be a date as YYYY-MM-DD from 1900-01-01 to 2099-12-31");
	}

	@Test
	void aDuplicateKeyIsRefusedNamingIt() throws Exception {
		assertRefused(send("POST", "/api/v1/episodes", EPISODE.formatted(",\"intensity\":3")), "intensity",
				"is given more than once");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/episodes", "/api/v1/shares", "/api/v1/medications", "/api/v1/checkins" })
	void aHugePageIsAFieldNamed400AndAPagePastTheEndIsEmpty(String list) throws Exception {
		assertRefused(send("GET", list + "?page=2147483647", null), "page", "must be between 0 and 1000000");
		assertThat(send("GET", list + "?page=0&size=2147483647", null).statusCode()).isEqualTo(400);
		HttpResponse<String> past = send("GET", list + "?page=1000000&size=500", null);
		assertThat(past.statusCode()).isEqualTo(200);
		assertThat(past.body()).contains("\"items\":[]");
	}

	@ParameterizedTest
	@CsvSource({ "POST,/api/v1/episodes", "PUT,/api/v1/episodes/1", "POST,/api/v1/shares", "POST,/api/v1/medications" })
	void aWrongContentTypeIs415(String method, String path) throws Exception {
		HttpResponse<String> answer = this.http.send(signedIn(path).method(method,
				HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "text/plain").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(415);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
	}

	// Jackson 2's YAML reader came with springdoc and read any body sent as YAML without the strict rules above:
	// this account, with its unknown field, was made
	@ParameterizedTest
	@ValueSource(strings = { "application/yaml", "application/x-yaml", "text/yaml" })
	void aYamlBodyIs415AndNothingIsStored(String type) throws Exception {
		String username = "yaml" + Math.abs(type.hashCode());
		String yaml = "username: " + username + "\npassword: " + ApiUser.PASSWORD + "\nunknown: 1\n";
		HttpResponse<String> answer = this.http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/account"))
			.POST(HttpRequest.BodyPublishers.ofString(yaml))
			.header("Content-Type", type)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(415);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM accounts WHERE username = ?", Long.class,
				username)).isZero();
	}

	@Test
	void aYamlAnswerIsNotOffered() throws Exception {
		HttpResponse<String> answer = this.http.send(signedIn("/api/v1/episodes").GET()
			.header("Accept", "application/yaml").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(406);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/episodes/%00", "/api/v1/episodes/%2e%2e/x", "/api/v1//episodes",
			"/api/v1/episodes;x=1", "/api/v1/episodes/%25", "/api/v1/episodes/abc", "/api/v1/nothing" })
	void refusedAndUnknownApiPathsAnswerAProblemDocument(String path) throws Exception {
		HttpResponse<String> answer = this.http.send(signedIn(path).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isBetween(400, 499);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.body()).contains("\"status\":" + answer.statusCode()).doesNotContain("<html");
	}

	@Test
	void openApiHasNoMeParameter() throws Exception {
		String document = send("GET", "/v3/api-docs", null).body();
		assertThat(document).doesNotContain("\"name\":\"me\"");
	}

	private void assertRefused(HttpResponse<String> answer, String field, String message) {
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.body()).contains("\"field\":\"" + field + "\"").contains(message);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM cramp_episodes e JOIN accounts a ON a.id = "
				+ "e.account_id WHERE a.username = ?", Long.class, this.user.username())).isZero();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM medications m JOIN accounts a ON a.id = "
				+ "m.account_id WHERE a.username = ?", Long.class, this.user.username())).isZero();
	}

	private HttpResponse<String> send(String method, String path, String json) throws Exception {
		HttpRequest.Builder request = signedIn(path).method(method,
				(json == null) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder signedIn(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((this.user.username() + ":" + ApiUser.PASSWORD).getBytes(StandardCharsets.UTF_8)));
	}

}
