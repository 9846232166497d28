package org.crampwise.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.crampwise.support.SignedIn;
import org.crampwise.support.WithAppSecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * The parts every page shares ({@link SiteLayout}: the static files' links, the skip link, the header and its
 * navigation) are the HTML the layout rendered before they were kept (recorded from the templates before the change
 * with {@code -Dmarkup.write=true}), for a visitor, a patient and a clinician, in English and Spanish, whichever is
 * rendered first, on the home page (the home module's controller, included by name); and the sign-out form of the kept
 * header carries each session's own CSRF token.
 */
@WebMvcTest(controllers = SiteLayout.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "org\\.crampwise\\.home\\.HomeController"))
@WithAppSecurity
@Import(HtmlFragments.class)
class SiteLayoutTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

	@Autowired
	MockMvcTester mvc;

	@MockitoBean(name = "urgentFlags")
	org.crampwise.advice.UrgentFlags urgentFlags;

	@MockitoBean(name = "nightPrompts")
	org.crampwise.nights.NightPrompts nightPrompts;

	@MockitoBean(name = "experimentTasks")
	org.crampwise.experiments.ExperimentPages experimentTasks;

	@MockitoBean
	org.crampwise.nights.NightService nights;

	/** The home page's own part is kept per data version: a new one for every request. */
	@MockitoBean(answers = org.mockito.Answers.CALLS_REAL_METHODS)
	DataVersions versions;

	private static final java.util.concurrent.atomic.AtomicLong VERSION = new java.util.concurrent.atomic.AtomicLong();

	@org.junit.jupiter.api.BeforeEach
	void versions() {
		org.mockito.Mockito.doAnswer(call -> VERSION.incrementAndGet())
			.when(this.versions)
			.current(org.mockito.ArgumentMatchers.anyLong());
	}

	@ParameterizedTest
	@CsvSource({ "visitor, en", "patient, es", "clinician, en", "visitor, es", "patient, en", "clinician, es" })
	void theSharedPartsAreUnchanged(String who, String language) throws IOException {
		for (int time = 0; time < 2; time++) { // rendered, then kept
			String html = page(who, language, new MockHttpSession());
			String shared = normalized(html.substring(html.indexOf("<link rel=\"stylesheet\""),
					html.indexOf("</header>") + "</header>".length()));
			Path expected = Path.of("src/test/resources/markup", "site-" + who + "-" + language + ".html");
			if (Boolean.getBoolean("markup.write")) {
				Files.writeString(expected, shared.replace("><", ">\n<") + "\n");
			}
			assertThat(shared).isEqualTo(normalized(Files.readString(expected)));
			assertThat(html).doesNotContain(SiteLayout.CSRF_PLACEHOLDER);
		}
	}

	@Test
	void eachSessionSignsOutWithItsOwnToken() {
		MockHttpSession first = new MockHttpSession();
		MockHttpSession second = new MockHttpSession();
		String firstToken = logoutToken(page("patient", "en", first));
		String secondToken = logoutToken(page("patient", "en", second));
		assertThat(firstToken).isNotBlank().isNotEqualTo(SiteLayout.CSRF_PLACEHOLDER);
		assertThat(secondToken).isNotBlank().isNotEqualTo(SiteLayout.CSRF_PLACEHOLDER);

		assertThat(this.mvc.post().uri("/logout").session(second).with(signedIn("patient")).param("_csrf", firstToken))
			.as("another session's token is refused")
			.hasStatus(403);
		assertThat(this.mvc.post().uri("/logout").session(second).with(signedIn("patient")).param("_csrf", secondToken))
			.hasStatus(302)
			.hasHeader("Location", "/login?logout");
	}

	private String page(String who, String language, MockHttpSession session) {
		var request = this.mvc.get().uri("/").session(session).header("Accept-Language", language);
		if (!who.equals("visitor")) {
			request = request.with(signedIn(who));
		}
		return new String(request.exchange().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private static RequestPostProcessor signedIn(String who) {
		if (who.equals("patient")) {
			return SignedIn.as(7);
		}
		var principal = org.crampwise.account.TestPrincipals.principal(new org.crampwise.account.AccountId(8), "doctor");
		return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
				List.of(new SimpleGrantedAuthority("ROLE_CLINICIAN"))));
	}

	private static String logoutToken(String html) {
		String form = html.substring(html.indexOf("action=\"/logout\""));
		Matcher token = CSRF.matcher(form);
		assertThat(token.find()).as("the sign-out form has a CSRF field").isTrue();
		return token.group(1);
	}

	/** Whitespace set aside (between tags and runs of it), and the request's CSRF token masked. */
	static String normalized(String html) {
		return CSRF.matcher(html)
			.replaceAll("name=\"_csrf\" value=\"-\"")
			.replaceAll(">\\s+", ">")
			.replaceAll("\\s+<", "<")
			.replaceAll("\\s+", " ")
			.strip();
	}

}
