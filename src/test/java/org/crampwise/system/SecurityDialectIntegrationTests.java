package org.crampwise.system;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.thymeleaf.extras.springsecurity6.dialect.SpringSecurityDialect;
import org.thymeleaf.extras.springsecurity6.dialect.processor.AuthorizeAttrProcessor;

import org.crampwise.support.ApiUser;
import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The navigation's {@code sec:authorize} checks are answered by the cheap processor (issue 11) and still show a
 * visitor the sign-in links and a signed-in user the feature links, never the other way round.
 */
@IntegrationTest
class SecurityDialectIntegrationTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	@Autowired
	RestTestClient client;

	@Autowired
	SpringSecurityDialect dialect;

	@Test
	void theAuthorizeAttributeIsAnsweredByTheCheapProcessor() {
		assertThat(this.dialect.getProcessors("sec")).noneMatch(AuthorizeAttrProcessor.class::isInstance)
			.anyMatch(SecurityDialectConfiguration.Authorize.class::isInstance);
	}

	@Test
	void aVisitorSeesTheSignInLinksAndNoFeatureLinks() {
		String html = page("/remedies", null);
		assertThat(html).contains("href=\"/login\"", "href=\"/register\"").doesNotContain("href=\"/episodes\"",
				"href=\"/checkin\"", "href=\"/export\"");
	}

	@Test
	void aSignedInUserSeesTheFeatureLinksAndNoSignInLinks() {
		ApiUser user = ApiUser.register(this.client, "dialect");
		String html = page("/remedies", user);
		// /export is a hasRole('PATIENT') item, "Patients" (/clinician) a hasRole('CLINICIAN') one
		assertThat(html).contains("href=\"/episodes\"", "href=\"/checkin\"", "href=\"/export\"")
			.doesNotContain("href=\"/register\"", "href=\"/clinician\"");
	}

	private String page(String path, ApiUser user) {
		String session = (user != null) ? signIn(user) : null;
		return this.client.get()
			.uri(path)
			.headers(h -> {
				if (session != null) {
					h.add(HttpHeaders.COOKIE, session);
				}
			})
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	/** Signs in through the login form, as a browser does; returns the session cookie. */
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

}
