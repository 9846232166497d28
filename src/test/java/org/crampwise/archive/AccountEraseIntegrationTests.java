package org.crampwise.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.crampwise.support.ApiUser;
import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Erasing an account leaves nothing of it in any table: the test lists every table of the schema from
 * INFORMATION_SCHEMA (so tables added later are covered without editing it) and finds no row that references the
 * account (a foreign key to {@code accounts}, a column named like an account id, or its user name in any text
 * column), and every table holds as many rows as before the account existed. Every other session of the account
 * ends at once, its "keep me signed in" cookie no longer signs in, and its archive answers 401.
 */
@IntegrationTest
class AccountEraseIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@Test
	void erasingAnAccountLeavesNoRowOfItInAnyTableAndEndsEverySession() {
		ApiUser bystander = ApiUser.register(this.client, "bystander");
		bystander.logEpisode(episode(2, "not erased"));
		Map<String, Long> before = rowCounts();

		ApiUser user = ApiUser.register(this.client, "erased");
		everythingOnce(user);
		Session laptop = new Session(this.port);
		Session phone = new Session(this.port);
		assertThat(laptop.signIn(user.username(), false).statusCode()).isEqualTo(302);
		assertThat(phone.signIn(user.username(), true).statusCode()).isEqualTo(302);
		Map<String, String> phoneRemembered = Map.of("crampwise-remember-me",
				phone.cookies.get("crampwise-remember-me"));
		assertThat(phone.get("/api/v1/account").statusCode()).isEqualTo(200);
		long id = this.jdbc.queryForObject("SELECT id FROM accounts WHERE username = ?", Long.class, user.username());
		assertThat(references(id, user.username())).as("the account's rows before the erase").isNotEmpty();

		HttpResponse<String> erased = laptop.send(laptop.request("/api/v1/account")
			.header("X-CSRF-TOKEN", laptop.csrf("/export"))
			.DELETE());
		assertThat(erased.statusCode()).isEqualTo(204);

		assertThat(references(id, user.username())).as("rows that still reference the erased account").isEmpty();
		assertThat(rowCounts()).as("rows of every table, as before the account existed").isEqualTo(before);
		assertThat(phone.get("/api/v1/account").statusCode()).as("the other session ends at once").isEqualTo(401);
		assertThat(phone.get("/api/v1/export/archive.zip").statusCode()).isEqualTo(401);
		Session remembered = new Session(this.port);
		remembered.cookies.putAll(phoneRemembered);
		assertThat(remembered.get("/api/v1/export/archive.zip").statusCode()).isEqualTo(401);
		user.get("/api/v1/export/archive.zip").exchange().expectStatus().isUnauthorized();
		assertThat(new ArchiveClient(this.client).importFiles(user, Map.of("checkins", "nightOf\r\n"), true, false)
			.getStatus()
			.value()).isEqualTo(401);
		bystander.get("/api/v1/export/archive.zip").exchange().expectStatus().isOk();
	}

	/** Something in every feature that stores a user's rows. */
	private void everythingOnce(ApiUser user) {
		user.logEpisode(episode(3, "a cramp"));
		user.put("/api/v1/checkins/" + ApiUser.tonight().minusDays(3), "{\"waterMl\":900}");
		user.put("/api/v1/nights/" + ApiUser.tonight().minusDays(5) + "/no-cramps", "");
		user.put("/api/v1/profile", "{\"birthYear\":1950,\"pregnancy\":\"NONE\",\"conditions\":[\"KIDNEY_DISEASE\"]}");
		user.create("/api/v1/medications", "{\"name\":\"atorvastatin\"}");
		String share = user.create("/api/v1/shares", "{}");
		String token = share.replaceAll("(?s).*\"url\":\"[^\"]*/share/([^\"]+)\".*", "$1");
		this.client.get().uri("/share/" + token).exchange().expectStatus().isOk();
		user.create("/api/v1/tokens", "{\"name\":\"script\",\"scope\":\"READ\"}");
		user.create("/api/v1/episodes/timer", "");
		this.client.post()
			.uri("/api/v1/episodes/timed")
			.headers(h -> h.setBasicAuth(user.username(), ApiUser.PASSWORD))
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"startedAt\":\"" + ApiUser.tonight().minusDays(6) + "T23:00:00+01:00\",\"durationSeconds\":60}")
			.exchange()
			.expectStatus()
			.isCreated();
		new ArchiveClient(this.client).importFiles(user, Map.of("checkins", String.join(",",
				org.crampwise.export.DiaryCsv.CHECKIN_COLUMNS) + "\r\n" + ApiUser.tonight().minusDays(8)
				+ ",100,,,,,,,,,,\r\n"), false, false);
	}

	private static String episode(int daysAgo, String notes) {
		return """
				{"startedAt":"%sT02:00:00+01:00","durationSeconds":60,"intensity":5,"muscle":"CALF","side":"LEFT",
				 "notes":"%s"}""".formatted(ApiUser.tonight().minusDays(daysAgo - 1), notes);
	}

	/** Every base table of the schema, from INFORMATION_SCHEMA. */
	private List<String> tables() {
		return this.jdbc.queryForList("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
				+ "WHERE UPPER(TABLE_SCHEMA) = 'PUBLIC' AND UPPER(TABLE_TYPE) IN ('BASE TABLE', 'TABLE')", String.class);
	}

	private Map<String, Long> rowCounts() {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : tables()) {
			if (!table.toLowerCase(Locale.ROOT).startsWith("flyway")) {
				counts.put(table, this.jdbc.queryForObject("SELECT COUNT(*) FROM \"" + table + "\"", Long.class));
			}
		}
		assertThat(counts).as("tables found").containsKeys("ACCOUNTS", "CRAMP_EPISODES", "SPRING_SESSION");
		return counts;
	}

	/**
	 * The rows anywhere that reference the account: through a foreign key to {@code accounts}, through a column
	 * named {@code account_id}, {@code owner_id}, {@code patient_id} or {@code clinician_id}, or by its user name in
	 * any text column (sessions keep the principal's name).
	 */
	private List<String> references(long id, String username) {
		List<String> found = new ArrayList<>();
		List<Map<String, Object>> keys = this.jdbc.queryForList("SELECT kcu.TABLE_NAME, kcu.COLUMN_NAME "
				+ "FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc "
				+ "JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE kcu ON kcu.CONSTRAINT_NAME = rc.CONSTRAINT_NAME "
				+ "AND kcu.CONSTRAINT_SCHEMA = rc.CONSTRAINT_SCHEMA "
				+ "JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc ON tc.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME "
				+ "AND tc.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA WHERE UPPER(tc.TABLE_NAME) = 'ACCOUNTS'");
		assertThat(keys).as("foreign keys to accounts").hasSizeGreaterThan(5);
		Map<String, String> columns = new LinkedHashMap<>();
		keys.forEach(key -> columns.put(key.get("TABLE_NAME") + "." + key.get("COLUMN_NAME"), "id"));
		for (Map<String, Object> column : this.jdbc.queryForList("SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE FROM "
				+ "INFORMATION_SCHEMA.COLUMNS WHERE UPPER(TABLE_SCHEMA) = 'PUBLIC'")) {
			String name = column.get("COLUMN_NAME").toString().toLowerCase(Locale.ROOT);
			String type = column.get("DATA_TYPE").toString().toUpperCase(Locale.ROOT);
			String key = column.get("TABLE_NAME") + "." + column.get("COLUMN_NAME");
			if (List.of("account_id", "owner_id", "patient_id", "clinician_id").contains(name)) {
				columns.putIfAbsent(key, "id");
			}
			else if (type.contains("CHAR") || type.contains("TEXT") || type.contains("CLOB")) {
				columns.putIfAbsent(key, "name");
			}
		}
		columns.forEach((column, kind) -> {
			String[] parts = column.split("\\.");
			if (parts[0].toLowerCase(Locale.ROOT).startsWith("flyway") || !tables().contains(parts[0])) {
				return;
			}
			String where = kind.equals("id") ? "\"" + parts[1] + "\" = ?" : "LOWER(CAST(\"" + parts[1] + "\" AS VARCHAR(4000))) = ?";
			Long rows = this.jdbc.queryForObject("SELECT COUNT(*) FROM \"" + parts[0] + "\" WHERE " + where, Long.class,
					kind.equals("id") ? id : username.toLowerCase(Locale.ROOT));
			if (rows != null && rows > 0) {
				found.add(column + ": " + rows);
			}
		});
		return found;
	}

	/** A browser's session: its cookies, no redirects followed. */
	static final class Session {

		private static final HttpClient HTTP = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		final Map<String, String> cookies = new LinkedHashMap<>();

		private final int port;

		Session(int port) {
			this.port = port;
		}

		HttpResponse<String> signIn(String username, boolean rememberMe) {
			String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
					+ URLEncoder.encode(ApiUser.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf("/login")
					+ (rememberMe ? "&remember-me=on" : "");
			return send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)));
		}

		String csrf(String path) {
			HttpResponse<String> page = get(path);
			Matcher matcher = CSRF.matcher(page.body());
			assertThat(matcher.find()).as(path + " has a form (" + page.statusCode() + ")").isTrue();
			return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
		}

		HttpResponse<String> get(String path) {
			return send(request(path).GET());
		}

		HttpRequest.Builder request(String path) {
			HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
			if (!this.cookies.isEmpty()) {
				builder.header("Cookie", this.cookies.entrySet()
					.stream()
					.map(e -> e.getKey() + "=" + e.getValue())
					.collect(Collectors.joining("; ")));
			}
			return builder;
		}

		HttpResponse<String> send(HttpRequest.Builder request) {
			try {
				HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
				for (String header : response.headers().allValues("Set-Cookie")) {
					String pair = header.split(";", 2)[0];
					int eq = pair.indexOf('=');
					String value = pair.substring(eq + 1).trim();
					if (value.isEmpty() || header.toLowerCase(Locale.ROOT).contains("max-age=0")) {
						this.cookies.remove(pair.substring(0, eq).trim());
					}
					else {
						this.cookies.put(pair.substring(0, eq).trim(), value);
					}
				}
				return response;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

}
