package org.crampwise.home;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
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
import org.crampwise.support.ApiUser;
import org.crampwise.support.IntegrationTest;
import org.crampwise.support.SignedIn;
import org.crampwise.system.HtmlFragments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * The patient's home page against the real services and database, now that its part is rendered once and kept
 * (issue 11): an urgent flag an episode raises shows at once and goes when dismissed through the kept form, the
 * morning's "no cramps?" prompt comes and goes with the time of day and with its answer, tonight's experiment task
 * (kept by the experiments module) comes when the run-in ends and goes when the experiment stops, and each request's forms
 * carry its own session's CSRF token, accepted in that session and refused in another.
 */
@IntegrationTest
@Import(MutableClockConfiguration.class)
class HomePageIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

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
	void anUrgentFlagShowsAtOnceAndGoesWhenDismissedThroughTheKeptForm() throws Exception {
		ApiUser alice = ApiUser.register(this.client, "homeflag");
		MockHttpSession session = new MockHttpSession();
		for (int time = 0; time < 2; time++) { // rendered, then kept
			assertThat(page(alice, session)).contains("id=\"greeting\"", "id=\"cramp-now-button\"")
				.doesNotContain("id=\"urgent-flag\"", HtmlFragments.CSRF_PLACEHOLDER);
		}

		OffsetDateTime hourAgo = ZonedDateTime.now(ApiUser.ZONE).minusHours(1).truncatedTo(ChronoUnit.SECONDS)
			.toOffsetDateTime();
		alice.logEpisode("{\"startedAt\":\"" + hourAgo + "\",\"durationSeconds\":60,\"intensity\":5,"
				+ "\"muscle\":\"CALF\",\"side\":\"LEFT\",\"warningSigns\":[\"CALF_SWELLING_OR_REDNESS\"]}");
		String flagged = page(alice, session);
		assertThat(flagged).contains("id=\"urgent-flag\"", "data-flag=\"CALF_SWELLING_OR_REDNESS\"");

		String form = flagged.substring(flagged.indexOf("class=\"urgent-flag-dismiss\""));
		Matcher token = CSRF.matcher(form);
		assertThat(token.find()).as("the dismiss form has a CSRF field").isTrue();
		assertThat(this.mvc.post().uri("/urgent-flags/dismiss").session(session).with(as(alice))
			.param("_csrf", token.group(1))).hasStatus3xxRedirection();
		assertThat(page(alice, session)).doesNotContain("id=\"urgent-flag\"").contains("id=\"cramp-now-button\"");
	}

	/** Kept per the night the morning asks about besides the data: it comes at 04:00 and goes at 14:00 (Paris). */
	@Test
	void theMorningPromptComesAndGoesWithTheTimeOfDayAndItsAnswer() throws Exception {
		ApiUser alice = ApiUser.register(this.client, "homemorning");
		MockHttpSession session = new MockHttpSession();
		this.clock.set(Instant.parse("2026-03-10T02:59:00Z")); // 03:59 in Paris: not yet morning
		assertThat(page(alice, session)).doesNotContain("id=\"night-prompt\"");

		this.clock.set(Instant.parse("2026-03-10T03:01:00Z")); // 04:01: is the night of the 9th known?
		page(alice, session);
		assertThat(page(alice, session)).contains("action=\"/nights/2026-03-09/no-cramps\"");

		alice.markNoCramps(java.time.LocalDate.of(2026, 3, 9));
		assertThat(page(alice, session)).doesNotContain("id=\"night-prompt\"");

		this.clock.set(Instant.parse("2026-03-11T12:59:00Z")); // 13:59 next day: the night of the 10th is unknown
		assertThat(page(alice, session)).contains("action=\"/nights/2026-03-10/no-cramps\"");
		this.clock.set(Instant.parse("2026-03-11T13:01:00Z")); // 14:01: the morning is over
		assertThat(page(alice, session)).doesNotContain("id=\"night-prompt\"");
	}

	/** Tonight's task is kept per data version and night: an experiment and its stop are the owner's data. */
	@Test
	void tonightsTaskShowsOnceTheRunInIsOverAndGoesAtOnceWhenTheExperimentStops() throws Exception {
		ApiUser alice = ApiUser.register(this.client, "hometask");
		MockHttpSession session = new MockHttpSession();
		this.clock.set(Instant.parse("2027-05-10T18:00:00Z"));
		page(alice, session);
		alice.create("/api/v1/experiments", "{\"remedy\":\"STRETCH_BEFORE_BED\"}");
		assertThat(page(alice, session)).as("in its run-in").doesNotContain("id=\"experiment-tonight\"");

		this.clock.set(Instant.parse("2027-05-25T18:00:00Z")); // the run-in's 14 nights are over
		page(alice, session);
		assertThat(page(alice, session)).contains("id=\"experiment-tonight\"").contains("block 1 of 12");

		long id = this.jdbc.queryForObject("select e.id from experiments e join accounts a on a.id = e.account_id "
				+ "where a.username = ?", Long.class, alice.username());
		this.client.post().uri("/api/v1/experiments/" + id + "/stop")
			.headers(h -> h.setBasicAuth(alice.username(), ApiUser.PASSWORD)).exchange().expectStatus().isOk();
		assertThat(page(alice, session)).doesNotContain("id=\"experiment-tonight\"");
	}

	@Test
	void eachSessionsFormsCarryItsOwnToken() throws Exception {
		ApiUser alice = ApiUser.register(this.client, "hometoken");
		this.clock.set(Instant.parse("2026-03-10T13:01:00Z")); // the afternoon: no prompt, only "Cramp now"
		MockHttpSession first = new MockHttpSession();
		MockHttpSession second = new MockHttpSession();
		List<String> firstTokens = tokens(page(alice, first));
		List<String> secondTokens = tokens(page(alice, second));
		assertThat(firstTokens).hasSize(1).doesNotContain(HtmlFragments.CSRF_PLACEHOLDER, "");
		assertThat(secondTokens).hasSize(1).doesNotContain(HtmlFragments.CSRF_PLACEHOLDER, "")
			.doesNotContainAnyElementsOf(firstTokens);

		assertThat(this.mvc.post().uri("/cramp-now/start").session(second).with(as(alice))
			.param("_csrf", firstTokens.get(0))).as("another session's token is refused").hasStatus(403);
		assertThat(this.mvc.post().uri("/cramp-now/start").session(second).with(as(alice))
			.param("_csrf", secondTokens.get(0))).hasStatus3xxRedirection();
	}

	private String page(ApiUser user, MockHttpSession session) throws Exception {
		var result = this.mvc.get().uri("/").session(session).with(as(user)).exchange();
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

}
