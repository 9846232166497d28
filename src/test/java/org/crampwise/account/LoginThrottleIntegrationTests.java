package org.crampwise.account;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The login throttle over real HTTP, by client address and name together. The app trusts 127.0.0.1 as its proxy
 * here (as production trusts its configured proxy), so each test plays several clients by {@code X-Forwarded-For}.
 */
@IntegrationTest
@TestPropertySource(properties = { "server.forward-headers-strategy=native",
		"server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1",
		"crampwise.security.login.max-failures-per-address=15" })
class LoginThrottleIntegrationTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

	private static final String PASSWORD = "correct-horse-battery";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aStrangerFailingWithAPatientsNameDoesNotLockThePatientOut() throws Exception {
		String patient = register();
		String stranger = newAddress();
		for (int i = 0; i < 5; i++) {
			assertThat(basic(stranger, patient, "wrong-password").statusCode()).isEqualTo(401);
		}
		assertThat(basic(stranger, patient, PASSWORD).statusCode()).as("locked for the failing address")
			.isEqualTo(401);
		assertThat(basic(newAddress(), patient, PASSWORD).statusCode()).as("not for the patient's own")
			.isEqualTo(200);
	}

	@Test
	void existingAndUnknownNamesGetTheSameAnswersThroughBasic() throws Exception {
		String address = newAddress();
		String existing = register();
		String unknown = "nobody-" + System.nanoTime();
		for (int i = 0; i < 6; i++) {
			HttpResponse<String> a = basic(address, existing, "wrong-password");
			HttpResponse<String> b = basic(address, unknown, "wrong-password");
			assertThat(b.statusCode()).isEqualTo(a.statusCode()).isEqualTo(401);
			assertThat(b.body()).isEqualTo(a.body());
			assertThat(b.headers().map()).containsOnlyKeys(a.headers().map().keySet());
		}
	}

	@Test
	void existingAndUnknownNamesGetTheSameAnswersThroughTheForm() throws Exception {
		String address = newAddress();
		String existing = register();
		String unknown = "nobody-" + System.nanoTime();
		for (int i = 0; i < 6; i++) {
			String a = formMessage(address, existing, "wrong-password");
			String b = formMessage(address, unknown, "wrong-password");
			assertThat(b).isEqualTo(a);
			assertThat(a).contains((i < 5) ? "Wrong username or password" : "Too many failed attempts");
		}
	}

	@Test
	void guessesWithMadeUpNamesWriteNoRowPerName() throws Exception {
		String address = newAddress();
		int before = rows();
		for (int i = 0; i < 6; i++) {
			basic(address, "made-up-" + i + "-" + System.nanoTime(), "wrong-password");
		}
		assertThat(rows() - before).as("one row for the address, none per name").isEqualTo(1);
	}

	@Test
	void anAddressOverItsLimitIsRefusedWith429BeforeAnyPasswordIsChecked() throws Exception {
		String user = register();
		String attacker = newAddress();
		for (int i = 0; i < 15; i++) {
			assertThat(basic(attacker, "random-" + i + "-" + System.nanoTime(), "wrong-password").statusCode())
				.isEqualTo(401);
		}
		// the right password is not even checked: the answer is the same as for a wrong one
		HttpResponse<String> refused = basic(attacker, user, PASSWORD);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
				seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 15 * 60L));
		assertThat(refused.body()).contains("\"status\":429");

		HttpResponse<String> form = postForm(attacker, user, PASSWORD, new CookieManager());
		assertThat(form.statusCode()).isEqualTo(302);
		assertThat(form.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login?throttled"));

		assertThat(basic(newAddress(), user, PASSWORD).statusCode()).as("another address is not affected")
			.isEqualTo(200);
	}

	@Test
	void aSuccessClearsTheNamesFailuresForThatAddress() throws Exception {
		String user = register();
		String address = newAddress();
		for (int i = 0; i < 4; i++) {
			basic(address, user, "wrong-password");
		}
		assertThat(basic(address, user, PASSWORD).statusCode()).isEqualTo(200);
		for (int i = 0; i < 4; i++) {
			basic(address, user, "wrong-password");
		}
		assertThat(basic(address, user, PASSWORD).statusCode()).isEqualTo(200);
	}

	private int rows() {
		Integer count = this.jdbc.queryForObject("SELECT COUNT(*) FROM login_failures", Integer.class);
		return (count != null) ? count : 0;
	}

	private static String newAddress() {
		int n = ADDRESSES.incrementAndGet();
		return "203.0." + (n / 250) + "." + (n % 250 + 1);
	}

	private String register() throws Exception {
		String name = "throttled" + ADDRESSES.incrementAndGet() + "-" + System.nanoTime() % 100000;
		HttpResponse<String> created = this.http.send(HttpRequest.newBuilder(uri("/api/v1/account"))
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", newAddress())
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD
					+ "\",\"timeZone\":\"Europe/Paris\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).isEqualTo(201);
		return name;
	}

	private HttpResponse<String> basic(String address, String name, String password) throws Exception {
		String credentials = Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
		return this.http.send(HttpRequest.newBuilder(uri("/api/v1/account"))
			.header("Authorization", "Basic " + credentials)
			.header("X-Forwarded-For", address)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Signs in through the page and returns the message the page then shows. */
	private String formMessage(String address, String name, String password) throws Exception {
		CookieManager cookies = new CookieManager();
		HttpResponse<String> posted = postForm(address, name, password, cookies);
		assertThat(posted.statusCode()).isEqualTo(302);
		HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
		String page = client.send(HttpRequest.newBuilder(URI.create(posted.headers().firstValue("Location").orElseThrow()))
			.header("X-Forwarded-For", address)
			.build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher error = Pattern.compile("id=\"login-error\"[^>]*>([^<]*)<").matcher(page);
		return error.find() ? error.group(1) : "(no message)";
	}

	private HttpResponse<String> postForm(String address, String name, String password, CookieManager cookies)
			throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
		String page = client.send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-For", address).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(csrf.find()).isTrue();
		String form = "username=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
		return client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Forwarded-For", address)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
