package org.crampwise.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.ui.Model;

import org.crampwise.account.AccountId;
import org.crampwise.system.FieldProblem;
import org.crampwise.system.InvalidInputException;
import org.crampwise.support.SignedIn;
import org.crampwise.support.WithAppSecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The "Export and share" page: the download form with the default range, one button per file, the sections other
 * modules add, and a bad range shown again beside its field (400) instead of a file.
 */
@WebMvcTest(ExportController.class)
@WithAppSecurity
@Import(ExportPagesTests.FakeSection.class)
class ExportPagesTests {

	static final AccountId ALICE = new AccountId(7);

	static final ExportRange DEFAULT = new ExportRange(LocalDate.of(2026, 8, 29), LocalDate.of(2026, 11, 26));

	@TestConfiguration(proxyBeanMethods = false)
	static class FakeSection {

		@Bean
		ExportPageSection section() {
			return new ExportPageSection() {

				@Override
				public String fragment() {
					return "export/test-section :: section";
				}

				@Override
				public void addTo(Model model, AccountId owner, ExportRange defaultRange) {
					model.addAttribute("sectionOwner", owner.value());
					model.addAttribute("sectionRange", defaultRange);
				}
			};
		}

	}

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ExportService exports;

	@MockitoBean
	ExportDownloads downloads;

	@BeforeEach
	void defaults() {
		given(this.exports.range(ALICE, null, null)).willReturn(DEFAULT);
	}

	@Test
	void showsTheDownloadFormWithTheLastNinetyNightsAndTheSections() {
		MvcTestResult page = this.mvc.get().uri("/export").with(SignedIn.as(7, "alice")).exchange();

		assertThat(page).hasStatusOk().hasViewName(ExportController.VIEW);
		assertThat(page).bodyText()
			.contains("id=\"from\"")
			.contains("value=\"2026-08-29\"")
			.contains("value=\"2026-11-26\"")
			.contains("name=\"format\" value=\"REPORT_PDF\"")
			.contains("value=\"EPISODES_CSV\"")
			.contains("value=\"CHECKINS_CSV\"")
			.contains("value=\"FHIR_BUNDLE\"")
			.contains("Report (PDF)")
			.contains("<p id=\"test-section\">7 2026-08-29</p>")
			.containsPattern("/js/export-[0-9a-f]{32}\\.js");
	}

	@Test
	void sendsTheChosenFileForAGoodRange() throws Exception {
		ExportRange range = new ExportRange(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 20));
		given(this.exports.range(ALICE, range.from(), range.to())).willReturn(range);

		assertThat(this.mvc.get()
			.uri("/export/download?format=REPORT_PDF&from=2026-11-01&to=2026-11-20")
			.with(SignedIn.as(7, "alice"))
			.exchange()).hasStatusOk();

		verify(this.downloads).send(eq(ExportFormat.REPORT_PDF), eq(ALICE), eq(range), any(Locale.class),
				any(HttpServletResponse.class));
	}

	@Test
	void aBadRangeShowsThePageAgainWithTheProblemBesideTheField() throws Exception {
		willThrow(InvalidInputException.of("to", "export.range.reversed"))
			.given(this.exports)
			.range(ALICE, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 1));

		MvcTestResult page = this.mvc.get()
			.uri("/export/download?format=EPISODES_CSV&from=2026-11-20&to=2026-11-01")
			.with(SignedIn.as(7, "alice"))
			.exchange();

		assertThat(page).hasStatus(400).hasViewName(ExportController.VIEW);
		assertThat(page).bodyText()
			.contains("id=\"to-errors\"")
			.contains("Must not be before the first night.")
			.contains("value=\"2026-11-20\"")
			.contains("Please correct the marked fields.");
		verify(this.downloads, never()).send(any(), any(), any(), any(), any());
	}

	@Test
	void aDateThatIsNotADateIsShownBesideItsField() throws Exception {
		MvcTestResult page = this.mvc.get()
			.uri("/export/download?format=FHIR_BUNDLE&from=last+week")
			.with(SignedIn.as(7, "alice"))
			.exchange();

		assertThat(page).hasStatus(400);
		assertThat(page).bodyText().contains("id=\"from-errors\"").contains("Enter a date such as 2026-11-20.");
		verify(this.downloads, never()).send(any(), any(), any(), any(), any());
	}

	@Test
	void thePageIsForSignedInUsersOnly() {
		assertThat(this.mvc.get().uri("/export").exchange()).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
	}

}
