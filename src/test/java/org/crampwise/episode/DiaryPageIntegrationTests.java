package org.crampwise.episode;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

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
 * The diary page against the real services and database, now that its content (filter, nights, pager, count) is
 * rendered once per page of the diary and kept (issue 11): an episode logged or deleted shows at once, a filter
 * refused is shown with its error and never kept, and the delete forms carry the request's own CSRF token.
 */
@IntegrationTest
class DiaryPageIntegrationTests {

	private static final String EMPTY = "No episodes here yet.";

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
	void aKeptPageShowsEveryWriteAtOnceAndARefusedFilterIsNeverKept() throws Exception {
		ApiUser alice = ApiUser.register(this.client, "diarycache");
		MockHttpSession session = new MockHttpSession();
		LocalDate night = ApiUser.tonight().minusDays(2);
		String range = "/episodes?from=" + night.minusDays(3) + "&to=" + night;
		for (int time = 0; time < 2; time++) { // rendered, then kept
			assertThat(page(alice, "/episodes", session)).contains(EMPTY);
			assertThat(page(alice, range, session)).contains(EMPTY).contains("value=\"" + night + "\"");
		}

		long id = alice.logEpisode("{\"startedAt\":\"" + night + "T23:30:00+01:00\",\"durationSeconds\":75,"
				+ "\"intensity\":6,\"muscle\":\"CALF\",\"side\":\"LEFT\"}");
		String page = page(alice, "/episodes", session);
		assertThat(page).doesNotContain(EMPTY).contains("1 episode in all")
			.contains("action=\"/episodes/" + id + "/delete\"")
			.doesNotContain(HtmlFragments.CSRF_PLACEHOLDER, "<csrf-field/>");
		assertThat(page(alice, range, session)).contains("1 episode in all");

		// a refused range: the problem beside the field, the whole diary below it, and nothing of it kept
		String refused = page(alice, "/episodes?from=" + night + "&to=" + night.minusDays(3), session);
		assertThat(refused).contains("id=\"to-errors\"").contains("1 episode in all");
		assertThat(page(alice, "/episodes", session)).doesNotContain("id=\"to-errors\"").contains("1 episode in all");

		this.client.delete()
			.uri("/api/v1/episodes/" + id)
			.headers(h -> h.setBasicAuth(alice.username(), ApiUser.PASSWORD))
			.exchange()
			.expectStatus()
			.is2xxSuccessful();
		assertThat(page(alice, "/episodes", session)).contains(EMPTY);
		assertThat(page(alice, range, session)).contains(EMPTY);
	}

	@Test
	void theKeptDeleteFormsCarryEachSessionsOwnToken() throws Exception {
		ApiUser alice = ApiUser.register(this.client, "diarytoken");
		long id = alice.logEpisode("{\"startedAt\":\"" + ApiUser.tonight().minusDays(1) + "T23:30:00+01:00\","
				+ "\"durationSeconds\":60,\"intensity\":5,\"muscle\":\"CALF\",\"side\":\"LEFT\"}");
		MockHttpSession first = new MockHttpSession();
		MockHttpSession second = new MockHttpSession();
		String firstToken = deleteToken(page(alice, "/episodes", first), id);
		String secondToken = deleteToken(page(alice, "/episodes", second), id);
		assertThat(firstToken).isNotEqualTo(secondToken);

		assertThat(this.mvc.post().uri("/episodes/" + id + "/delete").session(second).with(as(alice))
			.param("_csrf", firstToken)
			.param("confirmed", "true")).as("another session's token is refused").hasStatus(403);
		assertThat(page(alice, "/episodes", second)).contains("1 episode in all");
		assertThat(this.mvc.post().uri("/episodes/" + id + "/delete").session(second).with(as(alice))
			.param("_csrf", secondToken)
			.param("confirmed", "true")).hasStatus3xxRedirection().hasRedirectedUrl("/episodes");
		assertThat(page(alice, "/episodes", second)).contains(EMPTY);
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

	private static String deleteToken(String html, long id) {
		String form = html.substring(html.indexOf("action=\"/episodes/" + id + "/delete\""));
		var token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"").matcher(form);
		assertThat(token.find()).as("the delete form has a CSRF field").isTrue();
		return token.group(1);
	}

}
