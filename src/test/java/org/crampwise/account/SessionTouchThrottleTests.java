package org.crampwise.account;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.crampwise.support.ApiUser;
import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session's row is written when something in it changed, and its last access time at most once a minute, not on
 * every page (issue 11): the write and its commit were a tenth to a sixth of a signed-in page's CPU.
 */
@IntegrationTest
class SessionTouchThrottleTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void pagesReadTheStoredSessionWithoutWritingItsLastAccessTimeAgain() throws Exception {
		ApiUser user = ApiUser.register(this.client, "touch");
		String cookie = signIn(user);
		// Spring Session's cookie carries the id in Base64
		String id = new String(Base64.getDecoder().decode(cookie.substring("JSESSIONID=".length())),
				StandardCharsets.UTF_8);
		// the first page after sign-in stores the session's new CSRF token (an attribute: saved at once)
		this.client.get().uri("/").header(HttpHeaders.COOKIE, cookie).exchange().expectStatus().isOk();
		long stored = lastAccess(id);
		Thread.sleep(20);
		for (String path : List.of("/", "/episodes", "/checkin", "/profile")) {
			this.client.get().uri(path).header(HttpHeaders.COOKIE, cookie).exchange().expectStatus().isOk();
		}
		// the session still signs the user in (read from the database), and its row was left alone
		assertThat(lastAccess(id)).isEqualTo(stored);
	}

	/**
	 * The sign-in stores the session's new CSRF token, so the pages a browser asks for at once right after it do not
	 * each make one and race to insert it (all but one failed on the attributes' primary key with a 500).
	 */
	@Test
	void signingInStoresTheNewCsrfTokenSoPagesAskedAtOnceDoNotRaceToInsertIt() throws Exception {
		ApiUser user = ApiUser.register(this.client, "tabs");
		String cookie = signIn(user);
		String id = new String(Base64.getDecoder().decode(cookie.substring("JSESSIONID=".length())),
				StandardCharsets.UTF_8);
		assertThat(this.jdbc.queryForObject("""
				SELECT COUNT(*) FROM SPRING_SESSION_ATTRIBUTES a JOIN SPRING_SESSION s ON s.PRIMARY_ID = a.SESSION_PRIMARY_ID
				WHERE s.SESSION_ID = ? AND a.ATTRIBUTE_NAME LIKE '%CSRF_TOKEN'""", Integer.class, id))
			.as("the CSRF token stored by the sign-in itself").isEqualTo(1);

		var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
		try {
			var pages = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
			for (int i = 0; i < 16; i++) {
				pages.add(pool.submit(() -> this.client.get()
					.uri("/")
					.header(HttpHeaders.COOKIE, cookie)
					.exchange()
					.returnResult()
					.getStatus()
					.value()));
			}
			for (var page : pages) {
				assertThat(page.get()).isEqualTo(200);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aChangeOrAMinuteSavesTheSession() {
		Counting repository = new Counting();
		SessionTouchThrottle.Throttled throttled = new SessionTouchThrottle.Throttled(repository,
				SessionTouchThrottle.INTERVAL);
		Instant start = Instant.now();
		SessionTouchThrottle.Touched created = throttled.createSession();
		created.setLastAccessedTime(start);
		throttled.save(created);
		assertThat(repository.saves).isEqualTo(1);

		SessionTouchThrottle.Touched next = throttled.findById(created.getId());
		next.setLastAccessedTime(start.plusSeconds(30));
		throttled.save(next);
		assertThat(repository.saves).as("only the last access moved, by 30 s").isEqualTo(1);
		assertThat(next.getLastAccessedTime()).isEqualTo(start.plusSeconds(30));

		SessionTouchThrottle.Touched changed = throttled.findById(created.getId());
		changed.setLastAccessedTime(start.plusSeconds(40));
		changed.setAttribute("flash", "saved");
		throttled.save(changed);
		assertThat(repository.saves).as("an attribute changed").isEqualTo(2);
		assertThat(repository.findById(created.getId()).getLastAccessedTime()).isEqualTo(start.plusSeconds(40));
		assertThat(repository.findById(created.getId()).<String>getAttribute("flash")).isEqualTo("saved");

		SessionTouchThrottle.Touched later = throttled.findById(created.getId());
		later.setLastAccessedTime(start.plusSeconds(40).plus(Duration.ofMinutes(1)));
		throttled.save(later);
		assertThat(repository.saves).as("a minute after the stored access").isEqualTo(3);

		SessionTouchThrottle.Touched renamed = throttled.findById(created.getId());
		renamed.setLastAccessedTime(start.plusSeconds(101));
		String newId = renamed.changeSessionId();
		throttled.save(renamed);
		assertThat(repository.saves).as("the id changed at sign-in").isEqualTo(4);
		assertThat(throttled.findById(newId)).isNotNull();
	}

	private long lastAccess(String sessionId) {
		return this.jdbc.queryForObject("SELECT LAST_ACCESS_TIME FROM SPRING_SESSION WHERE SESSION_ID = ?", Long.class,
				sessionId);
	}

	private String signIn(ApiUser user) {
		var login = this.client.get().uri("/login").exchange().expectStatus().isOk().expectBody(String.class).returnResult();
		Matcher token = CSRF.matcher(login.getResponseBody());
		assertThat(token.find()).isTrue();
		String cookie = cookie(login.getResponseHeaders().get(HttpHeaders.SET_COOKIE));
		var signedIn = this.client.post()
			.uri("/login")
			.header(HttpHeaders.COOKIE, cookie)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body("username=" + user.username() + "&password=" + ApiUser.PASSWORD + "&_csrf=" + token.group(1))
			.exchange()
			.expectStatus()
			.is3xxRedirection()
			.expectBody(String.class)
			.returnResult();
		return cookie(signedIn.getResponseHeaders().get(HttpHeaders.SET_COOKIE));
	}

	private static String cookie(List<String> setCookies) {
		assertThat(setCookies).isNotNull();
		return setCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow().split(";")[0];
	}

	/** Sessions in a map, as Spring Session keeps them in memory; counts the saves. */
	private static final class Counting implements SessionRepository<Session> {

		private final MapSessionRepository map = new MapSessionRepository(new java.util.concurrent.ConcurrentHashMap<>());

		int saves;

		@Override
		public Session createSession() {
			return this.map.createSession();
		}

		@Override
		public void save(Session session) {
			this.saves++;
			this.map.save((MapSession) session);
		}

		@Override
		public Session findById(String id) {
			MapSession found = this.map.findById(id);
			return (found != null) ? new MapSession(found) : null;
		}

		@Override
		public void deleteById(String id) {
			this.map.deleteById(id);
		}

	}

}
