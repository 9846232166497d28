package org.crampwise;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application over real HTTP: pages, the API with HTTP Basic, security headers, the login throttle,
 * account isolation and erasure. Its {@code main} runs the app for developers.
 */
@IntegrationTest
class CrampwiseApplicationIntegrationTests {

	private static final AtomicInteger USERS = new AtomicInteger();

	/** A plain JDK client: it shows every header as sent, Set-Cookie included. */
	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	RestTestClient client;

	public static void main(String[] args) {
		SpringApplication.run(CrampwiseApplication.class, args);
	}

	@Test
	void theRegistrationPageIsServedWithSecurityHeaders() {
		this.client.get()
			.uri("/register")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueMatches("Content-Security-Policy", ".*script-src 'self';.*frame-ancestors 'none'.*")
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.valueEquals("Referrer-Policy", "same-origin")
			.expectBody(String.class)
			.value(html -> assertThat(html).contains("name=\"_csrf\"").doesNotContain("<script>"));
	}

	@Test
	void aRegisteredUserReadsTheirAccountWithBasicAuth() {
		String name = register();

		readAccount(name, "correct-horse-battery")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.username")
			.isEqualTo(name)
			.jsonPath("$.timeZone")
			.isEqualTo("Europe/Paris")
			.jsonPath("$.createdAt")
			.value(String.class, createdAt -> assertThat(createdAt).matches(".*[+-]0[12]:00"));
	}

	@Test
	void twoUsersEachSeeOnlyTheirOwnAccount() {
		String first = register();
		String second = register();

		this.client.get()
			.uri("/api/v1/account")
			.headers(h -> h.setBasicAuth(first, "correct-horse-battery"))
			.exchange()
			.expectBody()
			.jsonPath("$.username")
			.isEqualTo(first);
		this.client.get()
			.uri("/api/v1/account")
			.headers(h -> h.setBasicAuth(second, "correct-horse-battery"))
			.exchange()
			.expectBody()
			.jsonPath("$.username")
			.isEqualTo(second);
	}

	@Test
	void basicAuthenticatedCallsAreStatelessAndNeedNoCsrfToken() throws Exception {
		String name = register();
		HttpResponse<String> response = raw(HttpRequest.newBuilder(uri("/api/v1/account"))
			.header("Authorization", basic(name, "correct-horse-battery"))
			.GET());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();

		HttpResponse<String> erased = raw(HttpRequest.newBuilder(uri("/api/v1/account"))
			.header("Authorization", basic(name, "correct-horse-battery"))
			.DELETE());
		assertThat(erased.statusCode()).isEqualTo(204);
	}

	@Test
	void fiveFailedSignInsLockTheNameEvenForTheRightPassword() {
		String name = register();
		for (int i = 0; i < 5; i++) {
			readAccount(name, "wrong-password-" + USERS.get())
				.expectStatus()
				.isUnauthorized();
		}
		readAccount(name, "correct-horse-battery")
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void fourFailedSignInsDoNotLockAndASuccessClearsThem() {
		String name = register();
		for (int i = 0; i < 4; i++) {
			readAccount(name, "wrong-password")
				.expectStatus()
				.isUnauthorized();
		}
		readAccount(name, "correct-horse-battery")
			.expectStatus()
			.isOk();
		readAccount(name, "wrong-password")
			.expectStatus()
			.isUnauthorized();
		readAccount(name, "correct-horse-battery")
			.expectStatus()
			.isOk();
	}

	@Test
	void anErasedAccountCanNoLongerSignIn() {
		String name = register();
		this.client.delete()
			.uri("/api/v1/account")
			.headers(h -> h.setBasicAuth(name, "correct-horse-battery"))
			.exchange()
			.expectStatus()
			.isNoContent();

		readAccount(name, "correct-horse-battery")
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void healthIsPublicAndOtherActuatorEndpointsAreNot() throws Exception {
		this.client.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody().jsonPath("$.status")
			.isEqualTo("UP");
		HttpResponse<String> env = raw(HttpRequest.newBuilder(uri("/actuator/env")).GET());
		assertThat(env.statusCode()).isNotEqualTo(200);
		assertThat(env.body()).doesNotContain("spring.datasource");
	}

	@Test
	void theOpenApiDocumentDescribesTheAccountEndpoint() {
		this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/api/v1/account'].post")
			.exists()
			.jsonPath("$.info.title")
			.isEqualTo("Crampwise API")
			.jsonPath("$.components.securitySchemes.basic.scheme")
			.isEqualTo("basic")
			.jsonPath("$.components.securitySchemes.bearer.scheme")
			.isEqualTo("bearer")
			.jsonPath("$.paths['/api/v1/tokens'].post.summary")
			.isEqualTo("Make an API token")
			.jsonPath("$.paths['/api/**']")
			.doesNotExist();
	}

	@Test
	void anUnknownApiPathOrMethodIsA404ProblemDetail() {
		String name = register();
		this.client.get()
			.uri("/api/v1/no-such-thing")
			.headers(h -> h.setBasicAuth(name, "correct-horse-battery"))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(404);
		this.client.get()
			.uri("/api/v1/medications/12")
			.headers(h -> h.setBasicAuth(name, "correct-horse-battery"))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.get().uri("/api/v1/no-such-thing").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void aPhoneCanPinCrampNowFromTheWebManifest() {
		this.client.get()
			.uri("/manifest.webmanifest")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.start_url")
			.isEqualTo("/cramp-now")
			.jsonPath("$.display")
			.isEqualTo("standalone");
	}

	private RestTestClient.ResponseSpec readAccount(String name, String password) {
		return this.client.get().uri("/api/v1/account").headers(h -> h.setBasicAuth(name, password)).exchange();
	}

	private String register() {
		String name = "user" + USERS.incrementAndGet() + "-" + System.nanoTime() % 100000;
		this.client.post()
			.uri("/api/v1/account")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"username\":\"" + name + "\",\"password\":\"correct-horse-battery\",\"timeZone\":\"Europe/Paris\"}")
			.exchange()
			.expectStatus()
			.isCreated();
		return name;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static HttpResponse<String> raw(HttpRequest.Builder request) throws Exception {
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
