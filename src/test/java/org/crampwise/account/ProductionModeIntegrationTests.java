package org.crampwise.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code production} profile: the configured proxy's X-Forwarded-* are believed and nobody else's, cookies are
 * Secure, HTTPS answers carry HSTS, and share URLs come from {@code crampwise.public-base-url}, never the Host header.
 */
class ProductionModeIntegrationTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static HttpResponse<String> get(int port, String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Behind the trusted proxy (here 127.0.0.1, the default of CRAMPWISE_TRUSTED_PROXIES). */
	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = "CRAMPWISE_PUBLIC_BASE_URL=https://crampwise.example")
	@ActiveProfiles({ "test", "production" })
	class BehindTheTrustedProxy {

		@LocalServerPort
		int port;

		@Test
		void anHttpsRequestThroughTheProxyGetsHstsAndASecureSessionCookie() throws Exception {
			HttpResponse<String> page = get(this.port, "/login", "X-Forwarded-Proto", "https", "X-Forwarded-For",
					"198.51.100.20");
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
					hsts -> assertThat(hsts).contains("max-age=31536000"));
			assertThat(page.headers().allValues("Set-Cookie")).isNotEmpty()
				.allSatisfy(cookie -> assertThat(cookie).contains("Secure").contains("HttpOnly"));
		}

		@Test
		void shareUrlsComeFromThePublicBaseUrlWhateverTheHostHeaders() throws Exception {
			String name = "prod" + System.nanoTime() % 10_000_000;
			HttpResponse<String> registered = HTTP.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/account"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + name
						+ "\",\"password\":\"correct-horse-battery\",\"timeZone\":\"Europe/Paris\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(registered.statusCode()).isEqualTo(201);
			HttpResponse<String> share = HTTP.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/shares"))
				.header("Content-Type", "application/json")
				.header("X-Forwarded-Host", "evil.example")
				.header("X-Forwarded-Proto", "https")
				.header("Authorization", "Basic " + Base64.getEncoder()
					.encodeToString((name + ":correct-horse-battery").getBytes(StandardCharsets.UTF_8)))
				.POST(HttpRequest.BodyPublishers.ofString("{}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(share.statusCode()).isEqualTo(201);
			assertThat(share.body()).contains("\"url\":\"https://crampwise.example/share/").doesNotContain("evil");
		}

	}

	/** A client that is not the configured proxy cannot claim HTTPS or another address. */
	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "CRAMPWISE_PUBLIC_BASE_URL=https://crampwise.example",
					"CRAMPWISE_TRUSTED_PROXIES=10\\.20\\.30\\.40" })
	@ActiveProfiles({ "test", "production" })
	class FromAnUntrustedAddress {

		@LocalServerPort
		int port;

		@Test
		void forwardedHeadersAreIgnored() throws Exception {
			HttpResponse<String> page = get(this.port, "/login", "X-Forwarded-Proto", "https");
			assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
		}

		@Test
		void aForwardedForDoesNotChooseTheThrottledAddress() throws Exception {
			String name = "untrusted" + System.nanoTime() % 10_000_000;
			HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/account"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + name
						+ "\",\"password\":\"correct-horse-battery\",\"timeZone\":\"Europe/Paris\"}"))
				.build(), HttpResponse.BodyHandlers.discarding());
			for (int i = 0; i < 5; i++) {
				get(this.port, "/api/v1/account", "X-Forwarded-For", "192.0.2." + (i + 1), "Authorization",
						basic(name, "wrong-password"));
			}
			// every failure counted for the real peer: a fresh forwarded address does not escape the lock
			assertThat(get(this.port, "/api/v1/account", "X-Forwarded-For", "192.0.2.99", "Authorization",
					basic(name, "correct-horse-battery")).statusCode()).isEqualTo(401);
		}

		private static String basic(String name, String password) {
			return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
		}

	}

}
