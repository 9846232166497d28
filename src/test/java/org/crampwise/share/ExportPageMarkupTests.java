package org.crampwise.share;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import org.crampwise.account.AccountId;
import org.crampwise.export.ExportDownloads;
import org.crampwise.export.ExportRange;
import org.crampwise.export.ExportService;
import org.crampwise.system.FieldProblem;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.PublicBaseUrl;
import org.crampwise.support.SignedIn;
import org.crampwise.support.WithAppSecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The "Export and share" page's markup (the download form and the share section, their fields from the shared
 * fragments/forms.html) stays what it was when its rendering is made cheaper (issue 11): the page's section,
 * whitespace set aside, equals the one rendered before, in English and Spanish, as first shown, with links and one
 * just made, with a download range refused by binding and by the service's rules, and with a share form refused.
 * Expected files written from the templates before the change with {@code -Dmarkup.write=true}.
 */
@WebMvcTest(controllers = ShareFormController.class, includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "org\\.crampwise\\.export\\.ExportController"))
@WithAppSecurity
@Import({ SharesSection.class, ShareUrls.class, PublicBaseUrl.class })
class ExportPageMarkupTests {

	static final AccountId ME = new AccountId(7);

	static final ExportRange DEFAULT = new ExportRange(LocalDate.of(2026, 8, 29), LocalDate.of(2026, 11, 26));

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ExportService exports;

	@MockitoBean
	ExportDownloads downloads;

	@MockitoBean
	ShareService shares;

	@BeforeEach
	void defaults() {
		given(this.exports.range(ME, null, null)).willReturn(DEFAULT);
		given(this.shares.recent(ME, SharesSection.LISTED)).willReturn(List.of());
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void thePageIsUnchanged(String language) throws IOException {
		assertSame("export-" + language, this.mvc.get().uri("/export"), language);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void thePageWithLinksAndOneJustMadeIsUnchanged(String language) throws IOException {
		OffsetDateTime made = OffsetDateTime.parse("2026-11-20T21:05:00+01:00");
		given(this.shares.recent(ME, SharesSection.LISTED)).willReturn(List.of(
				new ShareService.ShareWithLog(new ShareService.ShareSummary(9, LocalDate.of(2026, 9, 1),
						LocalDate.of(2026, 11, 26), made, made.plusDays(14), null, ShareStatus.ACTIVE),
						List.of(new ShareService.Access(made.plusHours(20), AccessKind.PDF),
								new ShareService.Access(made.plusHours(19), AccessKind.VIEW))),
				new ShareService.ShareWithLog(new ShareService.ShareSummary(8, LocalDate.of(2026, 6, 1),
						LocalDate.of(2026, 8, 31), made.minusDays(60), made.minusDays(46), null,
						ShareStatus.EXPIRED), List.of()),
				new ShareService.ShareWithLog(new ShareService.ShareSummary(7, LocalDate.of(2026, 5, 1),
						LocalDate.of(2026, 5, 31), made.minusDays(90), made.minusDays(60),
						made.minusDays(80), ShareStatus.REVOKED),
						List.of(new ShareService.Access(made.minusDays(85), AccessKind.CSV)))));
		assertSame("export-links-" + language, this.mvc.get()
			.uri("/export")
			.flashAttr("createdShareUrl", "http://localhost/share/" + "T".repeat(43))
			.flashAttr("createdShareExpiresAt", made.plusDays(14))
			.flashAttr("message", "share.created"), language);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void aRefusedDownloadIsUnchanged(String language) throws IOException {
		assertSame("export-download-rejected-" + language,
				this.mvc.get().uri("/export/download?format=FHIR_BUNDLE&from=last+week&to=<b>"), language);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void aDownloadRuleProblemIsUnchanged(String language) throws IOException {
		willThrow(new InvalidInputException(List.of(FieldProblem.of("from", "nights.problem.tooLong", 1096),
				FieldProblem.of("to", "export.range.reversed"))))
			.given(this.exports)
			.range(ME, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 1));
		assertSame("export-download-rule-" + language,
				this.mvc.get().uri("/export/download?format=EPISODES_CSV&from=2026-11-20&to=2026-11-01"), language);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void aRefusedShareFormIsUnchanged(String language) throws IOException {
		given(this.shares.create(ME, LocalDate.of(2026, 11, 20), null, 400)).willThrow(new InvalidInputException(
				List.of(FieldProblem.of("expiresInDays", "share.rule.expiresInDays", 365),
						FieldProblem.of("to", "export.range.reversed"))));
		Map<String, Object> flash = this.mvc.post()
			.uri("/export/shares")
			.param("from", "2026-11-20")
			.param("expiresInDays", "400")
			.header("Accept-Language", language)
			.with(SignedIn.as(7))
			.with(csrf())
			.exchange()
			.getMvcResult()
			.getFlashMap();
		assertSame("export-share-rejected-" + language, this.mvc.get().uri("/export").flashAttrs(flash), language);
		Map<String, Object> notANumber = this.mvc.post()
			.uri("/export/shares")
			.param("from", "yesterday")
			.param("to", "2026-11-26")
			.param("expiresInDays", "a <week>")
			.header("Accept-Language", language)
			.with(SignedIn.as(7))
			.with(csrf())
			.exchange()
			.getMvcResult()
			.getFlashMap();
		assertSame("export-share-not-a-number-" + language, this.mvc.get().uri("/export").flashAttrs(notANumber),
				language);
	}

	private void assertSame(String name, MockMvcRequestBuilder request, String language) throws IOException {
		String html = request.with(SignedIn.as(7)).header("Accept-Language", language)
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String start = "<section class=\"export-page\">";
		assertThat(html).contains(start);
		String section = normalized(
				html.substring(html.indexOf(start), html.lastIndexOf("</section>") + "</section>".length()));
		Path expected = Path.of("src/test/resources/markup", name + ".html");
		if (Boolean.getBoolean("markup.write")) {
			Files.writeString(expected, section.replace("><", ">\n<") + "\n");
		}
		assertThat(section).isEqualTo(normalized(Files.readString(expected)));
	}

	/** Whitespace set aside (between tags and runs of it), and the request's CSRF token masked. */
	static String normalized(String html) {
		return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"-\"")
			.replaceAll(">\\s+", ">")
			.replaceAll("\\s+<", "<")
			.replaceAll("\\s+", " ")
			.strip();
	}

}
