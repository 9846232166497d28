package org.crampwise.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.crampwise.support.WithAppSecurity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor's page without a form leaves no session behind, even when it is the first to render the kept site
 * header: the header is rendered with a placeholder token, and asking the request's deferred CSRF token for its
 * names would load it and save it in a new session (a share link's report left a session row per visitor). The
 * property only gives this class a context, and so a layout cache, of its own.
 */
@WebMvcTest(controllers = SiteLayout.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "org\\.crampwise\\.home\\.HomeController"))
@WithAppSecurity
@Import(HtmlFragments.class)
@TestPropertySource(properties = "crampwise.test.context=visitor-session")
class VisitorSessionTests {

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

	@MockitoBean
	DataVersions versions;

	@Test
	void aVisitorsFirstPageWithoutAFormCreatesNoSession() throws Exception {
		MvcTestResult first = this.mvc.get().uri("/").exchange();
		assertThat(first).hasStatusOk();
		assertThat(first.getResponse().getContentAsString()).contains("href=\"/register\"").doesNotContain("<form");
		assertThat(first.getRequest().getSession(false)).as("a session").isNull();
		MvcTestResult kept = this.mvc.get().uri("/").exchange();
		assertThat(kept.getRequest().getSession(false)).as("a session, the header kept").isNull();
	}

}
