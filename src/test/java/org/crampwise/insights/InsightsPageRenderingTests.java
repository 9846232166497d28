package org.crampwise.insights;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.View;

import org.crampwise.account.AccountId;
import org.crampwise.support.ApiUser;
import org.crampwise.support.IntegrationTest;
import org.crampwise.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * {@code /insights} keeps its content as HTML rendered once per owner's data version and language
 * ({@code InsightsService.page}, {@code HtmlFragments}): what a reader gets must be exactly what rendering the content
 * in place in the page gives (whitespace aside), in English and Spanish, and the next write must show.
 */
@IntegrationTest
class InsightsPageRenderingTests {

	private static final Pattern SECTION = Pattern.compile("<section class=\"insights\">(?s:(.*?))</section>");

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WebApplicationContext context;

	@Autowired
	InsightsService insights;

	@Autowired
	InsightsPageController controller;

	@Autowired
	ThymeleafViewResolver views;

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void theKeptContentIsTheContentRenderedInPlace(String language) throws Exception {
		ApiUser user = ApiUser.register(this.client, "insrender" + language);
		logCramps(user, 3);
		Locale locale = Locale.forLanguageTag(language);

		String first = section(page(user, language));
		String again = section(page(user, language));
		String inPlace = section(inPlace(user, locale));

		assertThat(squash(first)).isEqualTo(squash(inPlace));
		assertThat(again).isEqualTo(first);
		assertThat(first).contains("id=\"insights-summary\"", "id=\"weeks-table\"", "id=\"hours-table\"",
				"id=\"months-table\"", "href=\"/calendar\"", "/js/insights-charts.js");
	}

	@Test
	void aWriteShowsOnTheNextPage() throws Exception {
		ApiUser user = ApiUser.register(this.client, "insrenderwrite");
		logCramps(user, 1);
		String before = section(page(user, "en"));

		logCramps(user, 2);
		String after = section(page(user, "en"));

		assertThat(after).isNotEqualTo(before);
		assertThat(squash(after)).isEqualTo(squash(section(inPlace(user, Locale.ENGLISH))));
	}

	private void logCramps(ApiUser user, int nightsAgo) {
		for (int n = 1; n <= nightsAgo; n++) {
			user.logEpisode("{\"startedAt\":\"" + ApiUser.tonight().minusDays(n) + "T23:30:00+01:00\","
					+ "\"durationSeconds\":" + (60 * n) + ",\"intensity\":" + (3 + n)
					+ ",\"muscle\":\"CALF\",\"side\":\"LEFT\"}");
		}
	}

	private String page(ApiUser user, String language) throws Exception {
		MockMvcTester mvc = MockMvcTester
			.create(MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build());
		var result = mvc.get().uri("/insights").with(as(user)).header("Accept-Language", language).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** The content rendered in place by the page's own view, as the page did before it kept it (a copy of its old template). */
	private String inPlace(ApiUser user, Locale locale) throws Exception {
		Locale previous = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(locale);
		try {
			Map<String, Object> model = this.controller.content(this.insights.insights(id(user), null, null));
			MockHttpServletRequest request = new MockHttpServletRequest(this.context.getServletContext(), "GET",
					"/insights");
			request.addPreferredLocale(locale);
			MockHttpServletResponse response = new MockHttpServletResponse();
			View view = this.views.resolveViewName("insights/inline :: section", locale);
			assertThat(view).isNotNull();
			view.render(model, request, response);
			return response.getContentAsString(StandardCharsets.UTF_8);
		}
		finally {
			LocaleContextHolder.setLocale(previous);
		}
	}

	private AccountId id(ApiUser user) {
		return new AccountId(this.jdbc.queryForObject("select id from accounts where username = ?", Long.class,
				user.username()));
	}

	private RequestPostProcessor as(ApiUser user) {
		return SignedIn.as(id(user).value(), user.username());
	}

	private static String section(String html) {
		Matcher matcher = SECTION.matcher(html);
		assertThat(matcher.find()).as("the insights section").isTrue();
		return matcher.group(1);
	}

	private static String squash(String html) {
		return html.replaceAll("\\s+", "");
	}

}
