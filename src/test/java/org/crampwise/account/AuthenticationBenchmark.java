package org.crampwise.account;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What signing in costs per API call, in one run on one machine: the median of {@code GET /api/v1/account} with an
 * API token (Bearer), with the page's session cookie, and with HTTP Basic (bcrypt on every call). The calls are
 * interleaved so that machine noise hits all three alike. Prints the figures; asserts only that every call answered
 * 200 (timings on a shared machine gate nothing).
 * <p>
 * Not part of {@code ./mvnw verify}. Run it with {@code ./mvnw test -Pbenchmark -Dtest=AuthenticationBenchmark};
 * the figures are in {@code target/surefire-reports/org.crampwise.account.AuthenticationBenchmark-output.txt}.
 */
@Tag("benchmark")
@IntegrationTest
class AuthenticationBenchmark {

	private static final int WARM_UP = 100;

	private static final int RUNS = 300;

	private static final String PASSWORD = "correct-horse-battery";

	@LocalServerPort
	int port;

	@Test
	void bearerCookieAndBasicOnTheSameEndpoint() throws Exception {
		String name = "bench" + System.nanoTime() % 10_000_000;
		HttpClient plain = HttpClient.newHttpClient();
		assertThat(plain.send(HttpRequest.newBuilder(uri("/api/v1/account"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(
					"{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"timeZone\":\"Europe/Paris\"}"))
			.build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(201);
		String basic = "Basic " + Base64.getEncoder().encodeToString((name + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		String made = plain.send(HttpRequest.newBuilder(uri("/api/v1/tokens"))
			.header("Content-Type", "application/json")
			.header("Authorization", basic)
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\",\"scope\":\"READ\"}"))
			.build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(made);
		assertThat(token.find()).isTrue();
		String bearer = "Bearer " + token.group(1);

		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = browser.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		assertThat(csrf.find()).isTrue();
		assertThat(browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + name + "&password=" + PASSWORD + "&_csrf=" + csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(302);

		List<Long> bearerTimes = new ArrayList<>();
		List<Long> cookieTimes = new ArrayList<>();
		List<Long> basicTimes = new ArrayList<>();
		for (int i = 0; i < WARM_UP + RUNS; i++) {
			long b = time(plain, HttpRequest.newBuilder(uri("/api/v1/account")).header("Authorization", bearer));
			long c = time(browser, HttpRequest.newBuilder(uri("/api/v1/account")));
			long p = time(plain, HttpRequest.newBuilder(uri("/api/v1/account")).header("Authorization", basic));
			if (i >= WARM_UP) {
				bearerTimes.add(b);
				cookieTimes.add(c);
				basicTimes.add(p);
			}
		}
		double bearerMs = median(bearerTimes);
		double cookieMs = median(cookieTimes);
		double basicMs = median(basicTimes);
		System.out.printf("AuthenticationBenchmark: GET /api/v1/account, %d calls each (after %d warm-up), "
				+ "interleaved, one run%n", RUNS, WARM_UP);
		System.out.printf("  median Bearer %.2f ms, cookie %.2f ms, Basic %.2f ms; Bearer/cookie %.2f, Basic/cookie %.2f%n",
				bearerMs, cookieMs, basicMs, bearerMs / cookieMs, basicMs / cookieMs);
	}

	private static long time(HttpClient client, HttpRequest.Builder request) throws Exception {
		long start = System.nanoTime();
		HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
		long elapsed = System.nanoTime() - start;
		assertThat(response.statusCode()).isEqualTo(200);
		return elapsed;
	}

	private static double median(List<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2) / 1_000_000.0;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
