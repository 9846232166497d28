package org.crampwise.advice;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The advice engine as the application wires it (every rule bean, the bound settings, the application's message
 * source), and the public remedies page over real HTTP.
 */
@IntegrationTest
class AdviceIntegrationTests {

	@Autowired
	AdviceEngine engine;

	@Autowired
	AdviceSettings settings;

	@Autowired
	RestTestClient client;

	@Test
	void theApplicationsEngineRunsEveryRuleWithTheApplicationsTexts() {
		AdviceReport report = this.engine.evaluate(AdviceContext.empty(AdviceContextBuilder.AS_OF,
				this.settings.windowDays()));

		assertThat(this.engine.ruleIds()).containsExactlyInAnyOrderElementsOf(
				AdviceTestSupport.engine().ruleIds());
		assertThat(this.settings).isEqualTo(AdviceSettings.defaults());
		assertThat(report.recommendations()).extracting(Recommendation::title)
			.containsExactly("Stretch your calves before bed", "Stretch the muscle during a cramp");
		assertThat(report.explanations()).hasSize(this.engine.ruleIds().size());
	}

	@Test
	void anyoneCanReadTheTenRemediesWithTheirEvidence() {
		this.client.get()
			.uri("/remedies")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueMatches("Content-Security-Policy", ".*script-src 'self';.*")
			.expectBody(String.class)
			.value(html -> {
				assertThat(html).contains("<h1>Ten remedies for night-time leg cramps</h1>");
				for (Remedy remedy : Remedy.values()) {
					assertThat(html).contains("id=\"" + remedy.key() + "\"").contains("data-remedy=\"" + remedy + "\"");
				}
				assertThat(html).contains("Magnesium: ask your clinician first")
					.contains("evidence-badge evidence-conflicting")
					.contains("Hold for 30 seconds, then switch legs.")
					.contains("Quinine, including tonic water")
					.contains("href=\"/remedies\"")
					.doesNotContain("<script>")
					.doesNotContain("style=\"");
			});
	}

}
