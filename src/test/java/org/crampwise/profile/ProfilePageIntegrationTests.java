package org.crampwise.profile;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import org.crampwise.system.HtmlFragments;
import org.crampwise.support.ApiUser;
import org.crampwise.support.IntegrationTest;
import org.crampwise.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * The profile page against the real services and database, now that its content is rendered once and kept (issue
 * 11): a new time zone or language (kept on the account, not in the profile), a medication added, stopped or
 * deleted, all show at once; each session's forms carry its own CSRF token, refused in another session.
 */
@IntegrationTest
class ProfilePageIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WebApplicationContext context;

	MockMvcTester mvc;

	@BeforeEach
	void mvc() {
		this.mvc = MockMvcTester.create(MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build());
	}

	@Test
	void aKeptPageShowsEveryWriteAtOnce() throws Exception {
		ApiUser alice = ApiUser.register(this.client, "profcache");
		MockHttpSession session = new MockHttpSession();
		String page = "";
		for (int time = 0; time < 2; time++) { // rendered, then kept
			page = page(alice, session);
			assertThat(page).contains("<option value=\"Europe/Paris\" selected=\"selected\">")
				.contains("<option value=\"\" selected=\"selected\">")
				.doesNotContain(HtmlFragments.CSRF_PLACEHOLDER, "action=\"/profile/medications/");
		}

		// the zone and the language alone: the profile itself is unchanged
		assertThat(this.mvc.post().uri("/profile").session(session).with(as(alice))
			.param("_csrf", token(page, "profile-form"))
			.param("pregnancy", "NONE")
			.param("timeZone", "Asia/Tokyo")
			.param("language", "es")).hasStatus3xxRedirection();
		page = page(alice, session);
		assertThat(page).contains("<option value=\"Asia/Tokyo\" selected=\"selected\">")
			.doesNotContain("<option value=\"Europe/Paris\" selected=\"selected\">")
			.contains("<option value=\"es\" lang=\"es\" selected=\"selected\">");

		assertThat(this.mvc.post().uri("/profile/medications").session(session).with(as(alice))
			.param("_csrf", token(page, "medication-form"))
			.param("name", "atorvastatin")).hasStatus3xxRedirection();
		page = page(alice, session);
		Matcher stop = Pattern.compile("action=\"/profile/medications/(\\d+)/stop\"").matcher(page);
		assertThat(stop.find()).as("the medication is listed, with its stop form").isTrue();
		String id = stop.group(1);
		assertThat(page).contains("atorvastatin");

		assertThat(this.mvc.post().uri("/profile/medications/" + id + "/stop").session(session).with(as(alice))
			.param("_csrf", token(page, "medications/" + id + "/stop"))).hasStatus3xxRedirection();
		page = page(alice, session);
		assertThat(page).doesNotContain("action=\"/profile/medications/" + id + "/stop\"")
			.contains("action=\"/profile/medications/" + id + "/delete\"");

		assertThat(this.mvc.post().uri("/profile/medications/" + id + "/delete").session(session).with(as(alice))
			.param("_csrf", token(page, "medications/" + id + "/delete"))).hasStatus3xxRedirection();
		assertThat(page(alice, session)).doesNotContain("/profile/medications/" + id + "/");
	}

	@Test
	void eachSessionsFormsCarryItsOwnToken() throws Exception {
		ApiUser alice = ApiUser.register(this.client, "proftoken");
		MockHttpSession first = new MockHttpSession();
		MockHttpSession second = new MockHttpSession();
		String firstToken = token(page(alice, first), "medication-form");
		String secondToken = token(page(alice, second), "medication-form");
		assertThat(firstToken).isNotEqualTo(secondToken);

		assertThat(this.mvc.post().uri("/profile/medications").session(second).with(as(alice))
			.param("_csrf", firstToken)
			.param("name", "furosemide")).as("another session's token is refused").hasStatus(403);
		assertThat(page(alice, second)).doesNotContain("furosemide");
		assertThat(this.mvc.post().uri("/profile/medications").session(second).with(as(alice))
			.param("_csrf", secondToken)
			.param("name", "furosemide")).hasStatus3xxRedirection();
		assertThat(page(alice, second)).contains("furosemide");
	}

	private String page(ApiUser user, MockHttpSession session) throws Exception {
		var result = this.mvc.get().uri("/profile").session(session).with(as(user)).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private RequestPostProcessor as(ApiUser user) {
		long id = this.jdbc.queryForObject("select id from accounts where username = ?", Long.class, user.username());
		return SignedIn.as(id, user.username());
	}

	/** The CSRF token of the first form after {@code marker} (a form's class or action). */
	private static String token(String html, String marker) {
		int at = html.indexOf(marker);
		assertThat(at).as(marker).isNotNegative();
		Matcher token = CSRF.matcher(html.substring(at));
		assertThat(token.find()).as("a CSRF field after " + marker).isTrue();
		return token.group(1);
	}

}
