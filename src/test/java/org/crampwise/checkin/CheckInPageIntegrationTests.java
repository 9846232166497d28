package org.crampwise.checkin;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import org.crampwise.experiments.MutableClock;
import org.crampwise.experiments.MutableClockConfiguration;
import org.crampwise.system.HtmlFragments;
import org.crampwise.support.ApiUser;
import org.crampwise.support.IntegrationTest;
import org.crampwise.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * The check-in page against the real services and database, now that its content is rendered once and kept
 * (issue 11): every write that changes it (a check-in by the API or the page, a "no cramps" mark, an episode) shows
 * at once, the night moves on at noon without a write, and each request's forms carry its own session's CSRF token,
 * which is accepted in that session and refused in another.
 */
@IntegrationTest
@Import(MutableClockConfiguration.class)
class CheckInPageIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

	private static final String FIRST = "Nothing saved for this night yet.";

	private static final String SAVED = "Saved. Change anything and save again.";

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WebApplicationContext context;

	@Autowired
	MutableClock clock;

	MockMvcTester mvc;

	@BeforeEach
	void mvc() {
		this.mvc = MockMvcTester.create(MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build());
	}

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void aKeptPageShowsEveryWriteAtOnce() throws Exception {
		ApiUser alice = ApiUser.register(this.client, "cicache");
		LocalDate tonight = ApiUser.tonight();
		MockHttpSession session = new MockHttpSession();
		for (int time = 0; time < 2; time++) { // rendered, then kept
			String page = page(alice, "/checkin", session);
			assertThat(page).contains(FIRST).contains("id=\"night-prompt\"")
				.contains("action=\"/nights/" + tonight.minusDays(1) + "/no-cramps\"")
				.doesNotContain(HtmlFragments.CSRF_PLACEHOLDER);
		}

		alice.put("/api/v1/checkins/" + tonight, "{\"waterMl\":1200}");
		assertThat(page(alice, "/checkin", session)).contains(SAVED).contains("name=\"waterAmount\" value=\"1200\"");

		alice.markNoCramps(tonight.minusDays(1));
		assertThat(page(alice, "/checkin", session)).doesNotContain("id=\"night-prompt\"");

		// an earlier night: its prompt asks about the night before it, until an episode answers it
		LocalDate earlier = tonight.minusDays(4);
		assertThat(page(alice, "/checkin/" + earlier, session))
			.contains("action=\"/nights/" + earlier.minusDays(1) + "/no-cramps\"");
		alice.logEpisode("{\"startedAt\":\"" + earlier.minusDays(1) + "T23:30:00+01:00\",\"durationSeconds\":60,"
				+ "\"intensity\":5,\"muscle\":\"CALF\",\"side\":\"LEFT\"}");
		assertThat(page(alice, "/checkin/" + earlier, session)).doesNotContain("id=\"night-prompt\"");

		// a check-in saved through the page itself, with the token of the kept page's form
		String token = checkInToken(page(alice, "/checkin", session));
		assertThat(this.mvc.post()
			.uri("/checkin/" + tonight)
			.session(session)
			.with(as(alice))
			.param("_csrf", token)
			.param("waterAmount", "1510")
			.param("waterUnit", "ML")).hasStatus3xxRedirection();
		assertThat(page(alice, "/checkin", session)).contains("name=\"waterAmount\" value=\"1510\"");
	}

	@Test
	void eachSessionsFormsCarryItsOwnToken() throws Exception {
		ApiUser alice = ApiUser.register(this.client, "citoken");
		LocalDate tonight = ApiUser.tonight();
		MockHttpSession first = new MockHttpSession();
		MockHttpSession second = new MockHttpSession();
		List<String> firstTokens = tokens(page(alice, "/checkin", first));
		List<String> secondTokens = tokens(page(alice, "/checkin", second));
		// the check-in form and the "no cramps" prompt's form
		assertThat(firstTokens).hasSize(2).doesNotContain(HtmlFragments.CSRF_PLACEHOLDER, "");
		assertThat(secondTokens).hasSize(2).doesNotContain(HtmlFragments.CSRF_PLACEHOLDER, "");

		assertThat(this.mvc.post()
			.uri("/checkin/" + tonight)
			.session(second)
			.with(as(alice))
			.param("_csrf", firstTokens.get(0))
			.param("waterAmount", "900")
			.param("waterUnit", "ML")).as("another session's token is refused").hasStatus(403);
		assertThat(page(alice, "/checkin", second)).contains(FIRST);
		assertThat(this.mvc.post()
			.uri("/checkin/" + tonight)
			.session(second)
			.with(as(alice))
			.param("_csrf", secondTokens.get(0))
			.param("waterAmount", "900")
			.param("waterUnit", "ML")).hasStatus3xxRedirection();
		assertThat(page(alice, "/checkin", second)).contains(SAVED).contains("name=\"waterAmount\" value=\"900\"");
	}

	/** The page is kept per tonight besides the data: at noon (Europe/Paris) a new night begins with no write. */
	@Test
	void aKeptPageMovesOnAtNoonWhenTonightsNightBegins() throws Exception {
		ApiUser alice = ApiUser.register(this.client, "cinoon");
		MockHttpSession session = new MockHttpSession();
		this.clock.set(Instant.parse("2026-03-10T10:59:00Z")); // 11:59 in Paris: still the night of the 9th
		page(alice, "/checkin", session);
		assertThat(page(alice, "/checkin", session)).contains("action=\"/checkin/2026-03-09\"")
			.contains("action=\"/nights/2026-03-08/no-cramps\"");

		this.clock.set(Instant.parse("2026-03-10T11:01:00Z")); // 12:01 in Paris: the night of the 10th has begun
		assertThat(page(alice, "/checkin", session)).contains("action=\"/checkin/2026-03-10\"")
			.contains("action=\"/nights/2026-03-09/no-cramps\"");
	}

	private String page(ApiUser user, String uri, MockHttpSession session) throws Exception {
		var result = this.mvc.get().uri(uri).session(session).with(as(user)).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private RequestPostProcessor as(ApiUser user) {
		long id = this.jdbc.queryForObject("select id from accounts where username = ?", Long.class, user.username());
		return SignedIn.as(id, user.username());
	}

	/** The CSRF tokens of the page's forms inside its main content (not the header's sign-out form). */
	private static List<String> tokens(String html) {
		String main = html.substring(html.indexOf("<main"), html.indexOf("</main>"));
		List<String> tokens = new ArrayList<>();
		Matcher token = CSRF.matcher(main);
		while (token.find()) {
			tokens.add(token.group(1));
		}
		return tokens;
	}

	private static String checkInToken(String html) {
		String form = html.substring(html.indexOf("class=\"form checkin-form\""));
		Matcher token = CSRF.matcher(form);
		assertThat(token.find()).as("the check-in form has a CSRF field").isTrue();
		return token.group(1);
	}

}
