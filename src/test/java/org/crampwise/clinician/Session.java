package org.crampwise.clinician;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user of the real app signed in through the login form (session cookie plus its CSRF token), as a browser is:
 * pages and the API alike, so every call costs no bcrypt check. {@link #nobody} has no session at all.
 */
final class Session {

	static final String PASSWORD = "correct-horse-battery";

	private static final AtomicInteger USERS = new AtomicInteger();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	final String base;

	final String username;

	final @Nullable String csrf;

	final HttpClient http;

	long id;

	private Session(String base, String username, @Nullable String csrf, HttpClient http) {
		this.base = base;
		this.username = username;
		this.csrf = csrf;
		this.http = http;
	}

	/** Registers an account of that role (a clinician with a display name) and signs it in. */
	static Session register(int port, String prefix, String role, @Nullable String displayName) throws Exception {
		String base = "http://localhost:" + port;
		String name = prefix + USERS.incrementAndGet() + "-" + System.nanoTime() % 100000;
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String body = "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"timeZone\":\"Europe/Paris\","
				+ "\"role\":\"" + role + "\"" + (displayName == null ? "" : ",\"displayName\":\"" + displayName + "\"")
				+ "}";
		HttpResponse<String> made = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/account"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + name + "&password=" + PASSWORD + "&_csrf="
					+ csrf(login)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		String token = csrf(http.send(HttpRequest.newBuilder(URI.create(base + "/profile/tokens")).build(),
				HttpResponse.BodyHandlers.ofString()).body());
		Session session = new Session(base, name, token, http);
		return session;
	}

	static Session nobody(int port) {
		return new Session("http://localhost:" + port, "nobody", null,
				HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
	}

	/** Any method; JSON for a body starting with '{', a form otherwise; the CSRF token on every unsafe call. */
	HttpResponse<String> send(String method, String path, @Nullable String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path));
		boolean json = body != null && body.startsWith("{");
		String sent = body;
		if (!"GET".equals(method) && this.csrf != null) {
			if (path.startsWith("/api/")) {
				request.header("X-CSRF-TOKEN", this.csrf);
			}
			else {
				sent = ((body == null || body.isEmpty()) ? "" : body + "&") + "_csrf="
						+ URLEncoder.encode(this.csrf, StandardCharsets.UTF_8);
			}
		}
		if (sent != null) {
			request.header("Content-Type", json ? "application/json" : "application/x-www-form-urlencoded");
		}
		request.method(method, (sent == null) ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(sent));
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> get(String path) throws Exception {
		return send("GET", path, null);
	}

	/** {@code POST /api/v1/import} with the given parts (episodes, checkins, nights: CSV text), as the page sends. */
	HttpResponse<String> importFiles(Map<String, String> files) throws Exception {
		String boundary = "session" + System.nanoTime();
		StringBuilder body = new StringBuilder();
		files.forEach((name, csv) -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; ")
			.append("name=\"").append(name).append("\"; filename=\"").append(name).append(".csv\"\r\n")
			.append("Content-Type: text/csv\r\n\r\n").append(csv).append("\r\n"));
		body.append("--").append(boundary).append("--\r\n");
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + "/api/v1/import"))
			.header("X-CSRF-TOKEN", this.csrf)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Makes an invite code (a clinician). */
	String invite() throws Exception {
		HttpResponse<String> made = send("POST", "/api/v1/clinician/invites", null);
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		Matcher code = Pattern.compile("\"code\":\"([A-Z0-9-]+)\"").matcher(made.body());
		assertThat(code.find()).isTrue();
		return code.group(1);
	}

	/** Joins with a code (a patient); returns the grant id. */
	long join(String code) throws Exception {
		HttpResponse<String> joined = send("POST", "/api/v1/care-team", "{\"code\":\"" + code + "\"}");
		assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
		Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(joined.body());
		assertThat(id.find()).isTrue();
		return Long.parseLong(id.group(1));
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a CSRF field on the page").isTrue();
		return matcher.group(1);
	}

	@Override
	public String toString() {
		return this.username;
	}

}
