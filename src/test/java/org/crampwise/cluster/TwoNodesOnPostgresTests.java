package org.crampwise.cluster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.crampwise.CrampwiseApplication;
import org.crampwise.account.PasswordResetCommand;
import org.crampwise.support.SharedPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app nodes, each a whole application on its own port, on one real PostgreSQL database, as behind a load
 * balancer: a user signed in on one is signed in on the other (session and remember-me token), signing out,
 * revoking a device, changing the password and erasing the account on one are refused on the other at once, and
 * the login throttle, the share-link limit and the "cramp now" timer are the same on both.
 */
class TwoNodesOnPostgresTests {

	private static final String PASSWORD = "correct-horse-battery";

	private static final String PHONE = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Firefox/128.0";

	private static final String LAPTOP = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/156.0 Safari/537.36";

	private static final int SHARE_OPENS = 4;

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	static String database;

	static Node a;

	static Node b;

	@BeforeAll
	static void startTwoNodes() {
		database = SharedPostgres.newDatabase();
		String limit = "crampwise.share.max-opens-per-hour=" + SHARE_OPENS;
		a = Node.start("node A", database, limit);
		b = Node.start("node B", database, limit);
	}

	@AfterAll
	static void stopNodes() {
		if (b != null) {
			b.close();
		}
		if (a != null) {
			a.close();
		}
	}

	@Test
	void aSessionAndARememberMeTokenMadeOnOneNodeWorkOnTheOtherUntilSignedOutOrRevoked() {
		register("alice");
		Browser phone = new Browser(PHONE);
		assertThat(phone.signIn(b, "alice", PASSWORD, true).statusCode()).isEqualTo(302);
		assertThat(phone.cookies).containsKeys("JSESSIONID", "crampwise-remember-me");
		assertSignedIn(phone, a, "alice");

		// the remember-me cookie alone, as after the browser dropped its session cookie: honoured by the other node
		Browser phoneAfterRestart = Browser.withCookies(PHONE,
				Map.of("crampwise-remember-me", phone.cookies.get("crampwise-remember-me")));
		assertSignedIn(phoneAfterRestart, a, "alice");
		assertThat(phoneAfterRestart.cookies).containsKey("JSESSIONID");
		Map<String, String> rememberedOnly = Map.of("crampwise-remember-me", phone.cookies.get("crampwise-remember-me"));

		Browser laptop = new Browser(LAPTOP);
		assertThat(laptop.signIn(a, "alice", PASSWORD, true).statusCode()).isEqualTo(302);

		// the laptop revokes the phone on node B: every session the phone's token made ends, and the token is refused
		String devices = laptop.get(b, "/profile/devices").body();
		assertThat(devices).contains("Firefox on Android", "Chrome on Linux", "(this device)");
		long phoneDevice = deviceId(devices, "Firefox on Android");
		String csrf = laptop.csrf(b, "/profile/devices");
		assertThat(laptop.postForm(b, "/profile/devices/" + phoneDevice + "/revoke", Map.of("_csrf", csrf))
			.statusCode()).isEqualTo(302);
		assertRefused(phone, a);
		assertRefused(phoneAfterRestart, b);
		assertRefused(Browser.withCookies(PHONE, rememberedOnly), a);
		assertThat(laptop.get(a, "/profile/devices").body()).doesNotContain("Firefox on Android");

		// the laptop signs out on node A: its session and its remember-me token are refused on node B
		Map<String, String> laptopCookies = Map.copyOf(laptop.cookies);
		String logoutCsrf = laptop.csrf(a, "/profile/devices");
		assertThat(laptop.postForm(a, "/logout", Map.of("_csrf", logoutCsrf)).headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login?logout"));
		assertRefused(Browser.withCookies(LAPTOP, laptopCookies), b);
		assertRefused(Browser.withCookies(LAPTOP, Map.of("crampwise-remember-me",
				laptopCookies.get("crampwise-remember-me"))), b);
	}

	@Test
	void erasingTheAccountOnOneNodeEndsEveryOtherSessionAtOnceWithoutErrors() {
		register("bob");
		Browser here = new Browser(LAPTOP);
		here.signIn(a, "bob", PASSWORD, false);
		Browser there = new Browser(PHONE);
		there.signIn(b, "bob", PASSWORD, true);
		assertSignedIn(there, b, "bob");
		Map<String, String> rememberedOnly = Map.of("crampwise-remember-me", there.cookies.get("crampwise-remember-me"));

		String csrf = here.csrf(a, "/profile/devices");
		assertThat(here.delete(a, "/api/v1/account", csrf).statusCode()).isEqualTo(204);

		assertRefused(there, b);
		assertRefused(Browser.withCookies(PHONE, rememberedOnly), a);
		for (String path : List.of("/api/v1/account", "/api/v1/episodes", "/api/v1/episodes/timer")) {
			HttpResponse<String> api = Browser.withCookies(PHONE, there.cookies).get(b, path);
			assertThat(api.statusCode()).as(path).isEqualTo(401);
			assertThat(api.body()).doesNotContainPattern("\\b\\d+\\b not found").doesNotContain("Internal");
		}
		assertThat(Browser.withCookies(PHONE, there.cookies)
			.postForm(b, "/cramp-now/start", Map.of("_csrf", "stale"))
			.statusCode()).isLessThan(500);
	}

	@Test
	void changingThePasswordEndsTheOtherSessionsAndDevicesButNotThisOne() {
		register("carol");
		Browser here = new Browser(LAPTOP);
		here.signIn(a, "carol", PASSWORD, true);
		Browser there = new Browser(PHONE);
		there.signIn(b, "carol", PASSWORD, true);
		Map<String, String> thereRemembered = Map.of("crampwise-remember-me", there.cookies.get("crampwise-remember-me"));
		Map<String, String> hereRemembered = Map.of("crampwise-remember-me", here.cookies.get("crampwise-remember-me"));

		String csrf = here.csrf(a, "/profile/password");
		HttpResponse<String> changed = here.postForm(a, "/profile/password",
				Map.of("_csrf", csrf, "currentPassword", PASSWORD, "newPassword", "a-brand-new-secret"));
		assertThat(changed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/profile/devices"));

		assertSignedIn(here, b, "carol");
		assertSignedIn(Browser.withCookies(LAPTOP, hereRemembered), b, "carol");
		assertRefused(there, a);
		assertRefused(Browser.withCookies(PHONE, thereRemembered), a);
		assertThat(basic(b, "GET", "/api/v1/account", "carol", PASSWORD, null).statusCode()).isEqualTo(401);
		assertThat(basic(a, "GET", "/api/v1/account", "carol", "a-brand-new-secret", null).statusCode()).isEqualTo(200);
	}

	@Test
	void theLoginThrottleCountsFailuresFromBothNodes() {
		register("dave");
		for (int i = 0; i < 5; i++) {
			Node node = (i % 2 == 0) ? a : b;
			assertThat(basic(node, "GET", "/api/v1/account", "dave", "wrong-password-" + i, null).statusCode())
				.isEqualTo(401);
		}
		assertThat(basic(a, "GET", "/api/v1/account", "dave", PASSWORD, null).statusCode()).isEqualTo(401);
		assertThat(basic(b, "GET", "/api/v1/account", "dave", PASSWORD, null).statusCode()).isEqualTo(401);
		assertThat(new Browser(LAPTOP).signIn(b, "dave", PASSWORD, false).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
	}

	@Test
	void aShareLinkOpensAtMostItsLimitAcrossBothNodes() {
		register("erin");
		HttpResponse<String> created = basic(a, "POST", "/api/v1/shares", "erin", PASSWORD, "{}");
		assertThat(created.statusCode()).isEqualTo(201);
		Matcher token = Pattern.compile("/share/([A-Za-z0-9_-]+)").matcher(created.body());
		assertThat(token.find()).isTrue();
		int opened = 0;
		int refused = 0;
		for (int i = 0; i < SHARE_OPENS * 2; i++) {
			Node node = (i % 2 == 0) ? a : b;
			int status = new Browser(LAPTOP).get(node, "/share/" + token.group(1)).statusCode();
			if (status == 200) {
				opened++;
			}
			else {
				assertThat(status).isEqualTo(429);
				refused++;
			}
		}
		assertThat(opened).isEqualTo(SHARE_OPENS);
		assertThat(refused).isEqualTo(SHARE_OPENS);
	}

	@Test
	void theCrampNowTimerStartedOnOneNodeIsTheTimerOfTheOther() {
		register("frank");
		HttpResponse<String> started = basic(a, "POST", "/api/v1/episodes/timer", "frank", PASSWORD, null);
		assertThat(started.statusCode()).isEqualTo(201);
		HttpResponse<String> again = basic(b, "POST", "/api/v1/episodes/timer", "frank", PASSWORD, null);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).isEqualTo(started.body());
		assertThat(basic(b, "GET", "/api/v1/episodes/timer", "frank", PASSWORD, null).body()).isEqualTo(started.body());
		assertThat(basic(b, "POST", "/api/v1/episodes/timer/stop", "frank", PASSWORD, null).statusCode()).isEqualTo(201);
		assertThat(basic(a, "GET", "/api/v1/episodes/timer", "frank", PASSWORD, null).statusCode()).isEqualTo(404);
	}

	@Test
	void theOperatorResetsAPasswordFromTheCommandLineAndEveryNodeSignsTheOldOneOut() {
		register("grace");
		Browser phone = new Browser(PHONE);
		phone.signIn(b, "grace", PASSWORD, true);
		assertSignedIn(phone, a, "grace");

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = PasswordResetCommand.run(CrampwiseApplication.class,
				new String[] { "reset-password", "Grace", "--spring.profiles.active=postgres",
						"--CRAMPWISE_DB_URL=" + SharedPostgres.jdbcUrl(database), "--CRAMPWISE_DB_USERNAME=postgres",
						"--CRAMPWISE_DB_PASSWORD=postgres" },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
		Matcher printed = Pattern.compile("New password for grace: (\\S+)").matcher(out.toString(StandardCharsets.UTF_8));
		assertThat(printed.find()).isTrue();
		assertRefused(phone, a);
		assertThat(basic(a, "GET", "/api/v1/account", "grace", PASSWORD, null).statusCode()).isEqualTo(401);
		assertThat(basic(b, "GET", "/api/v1/account", "grace", printed.group(1), null).statusCode()).isEqualTo(200);

		ByteArrayOutputStream unknownErr = new ByteArrayOutputStream();
		assertThat(PasswordResetCommand.run(CrampwiseApplication.class,
				new String[] { "reset-password", "nobody-at-all", "--spring.profiles.active=postgres",
						"--CRAMPWISE_DB_URL=" + SharedPostgres.jdbcUrl(database), "--CRAMPWISE_DB_USERNAME=postgres",
						"--CRAMPWISE_DB_PASSWORD=postgres" },
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(unknownErr, true, StandardCharsets.UTF_8)))
			.isEqualTo(2);
		assertThat(unknownErr.toString(StandardCharsets.UTF_8)).contains("No account named 'nobody-at-all'");
	}

	@Test
	void insightsAndAdviceCachedOnOneNodeShowAWriteOnTheOtherAtOnce() {
		register("nodereader");
		java.time.LocalDate night = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(3);
		String insights = basic(a, "GET", "/api/v1/insights", "nodereader", PASSWORD, null).body();
		assertThat(insights).contains("\"allKnownNights\":0");
		assertThat(basic(a, "GET", "/api/v1/insights", "nodereader", PASSWORD, null).body()).isEqualTo(insights);
		String advice = basic(a, "GET", "/api/v1/advice", "nodereader", PASSWORD, null).body();
		assertThat(advice).contains("\"seeClinician\":false");

		assertThat(basic(b, "PUT", "/api/v1/nights/" + night + "/no-cramps", "nodereader", PASSWORD, null).statusCode())
			.isEqualTo(200);
		assertThat(basic(a, "GET", "/api/v1/insights", "nodereader", PASSWORD, null).body()).contains("\"allKnownNights\":1");

		HttpResponse<String> logged = basic(b, "POST", "/api/v1/episodes", "nodereader", PASSWORD, "{\"startedAt\":\""
				+ java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(2) + "T23:30:00Z\",\"durationSeconds\":60,"
				+ "\"intensity\":5,\"muscle\":\"CALF\",\"side\":\"LEFT\",\"warningSigns\":[\"CALF_SWELLING_OR_REDNESS\"]}");
		assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
		assertThat(basic(a, "GET", "/api/v1/advice", "nodereader", PASSWORD, null).body()).isNotEqualTo(advice)
			.contains("\"seeClinician\":true");
		assertThat(basic(a, "GET", "/api/v1/insights", "nodereader", PASSWORD, null).body()).contains("\"allKnownNights\":2");
	}

	private static void register(String username) {
		HttpResponse<String> response = basic(a, "POST", "/api/v1/account", null, null,
				"{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

	private static void assertSignedIn(Browser browser, Node node, String username) {
		HttpResponse<String> home = browser.get(node, "/");
		assertThat(home.statusCode()).as("%s on %s", username, node).isEqualTo(200);
		assertThat(home.body()).as("%s on %s", username, node).contains("Hello, " + username);
		assertThat(browser.get(node, "/profile").statusCode()).isEqualTo(200);
	}

	private static void assertRefused(Browser browser, Node node) {
		HttpResponse<String> page = browser.get(node, "/profile");
		assertThat(page.statusCode()).as("refused on %s", node).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
	}

	private static long deviceId(String devicesPage, String label) {
		Matcher matcher = Pattern.compile("id=\"device-(\\d+)\">\\s*<p class=\"device-label\"><strong>" + label)
			.matcher(devicesPage);
		assertThat(matcher.find()).as("device %s listed", label).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private static HttpResponse<String> basic(Node node, String method, String path, String username, String password,
			String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url(path)))
			.method(method, (json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (username != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
