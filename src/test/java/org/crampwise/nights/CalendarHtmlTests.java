package org.crampwise.nights;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.Answers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.crampwise.account.AccountId;
import org.crampwise.support.SignedIn;
import org.crampwise.support.WithAppSecurity;
import org.crampwise.system.DataVersions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.doReturn;

/**
 * The whole calendar page, rendered through the real controller, template and bundles, is the HTML recorded under
 * {@code src/test/resources/calendar/}: first from the page before issue 11 cached its months section, then again when
 * each day's cell was made to say its label, state and marks once (issue 11, the page's rate bound by its bytes),
 * after reading the difference ({@code -Dcalendar.record=true} records them). The comparison sets whitespace aside
 * (each run of it counts as one space), the CSRF token (new per request) and how the legend's marks are written (the
 * character or its numeric reference, the same to a browser). Each page is asked twice, so the second answer comes
 * from the cache of the first.
 * <p>
 * The nights: every status, with and without a check-in, one night with several cramps, the nights after tonight not
 * yet begun; this year and a whole past one, in English and Spanish, with no night selected and with each kind of
 * night selected.
 */
@WebMvcTest(CalendarPageController.class)
@WithAppSecurity
class CalendarHtmlTests {

	static final AccountId ALICE = new AccountId(7);

	static final LocalDate TONIGHT = LocalDate.of(2026, 3, 29);

	/** Set to record the expected files again (only from a page known to be right). */
	static final boolean RECORD = Boolean.getBoolean("calendar.record");

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	NightService nights;

	@MockitoBean(answers = Answers.CALLS_REAL_METHODS)
	DataVersions versions;

	@BeforeEach
	void setUp() {
		doReturn(0L).when(this.versions).current(anyLong());
		given(this.nights.tonight(ALICE)).willReturn(TONIGHT);
		given(this.nights.cachedNights(eq(ALICE), any(), any()))
			.willAnswer(call -> nights(call.getArgument(1), call.getArgument(2)));
	}

	/** A night for every day from..to: the status, check-in and cramps drawn from the day of the year. */
	static List<Night> nights(LocalDate from, LocalDate to) {
		List<Night> nights = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			int n = day.getDayOfYear() + day.getYear();
			NightStatus status = switch (n % 5) {
				case 0, 1 -> NightStatus.CRAMPS;
				case 2 -> NightStatus.NO_CRAMPS;
				default -> NightStatus.UNKNOWN;
			};
			int episodes = (status == NightStatus.CRAMPS) ? 1 + n % 3 : 0;
			nights.add(new Night(day, status, episodes, n % 3 != 0, n % 7 == 0));
		}
		return nights;
	}

	@ParameterizedTest
	@CsvSource({ "year-en, /calendar/2026, en", "year-es, /calendar/2026, es", "past-year-en, /calendar/2025, en",
			"past-year-es, /calendar/2025, es", "cramps-en, /calendar/2026?night=2026-03-05, en",
			"cramps-es, /calendar/2026?night=2026-03-05, es", "none-en, /calendar/2026?night=2026-03-07, en",
			"unknown-es, /calendar/2026?night=2026-03-08, es", "tonight-en, /calendar/2026?night=2026-03-29, en",
			"other-year-night-en, /calendar/2025?night=2026-03-04, en", "future-night-en, /calendar/2026?night=2026-05-01, en" })
	void thePageIsTheHtmlItWas(String name, String uri, String language) throws IOException {
		String first = page(uri, language);
		String cached = page(uri, language);
		Path expected = Path.of("src/test/resources/calendar", name + ".html");
		if (RECORD) {
			Files.createDirectories(expected.getParent());
			Files.writeString(expected, first);
		}
		assertThat(normalized(first)).isEqualTo(normalized(expectedHtml(name)));
		assertThat(normalized(cached)).isEqualTo(normalized(first));
	}

	private String page(String uri, String language) throws IOException {
		return this.mvc.get()
			.uri(uri)
			.header("Accept-Language", language)
			.with(SignedIn.as(7, "alice"))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String expectedHtml(String name) throws IOException {
		try (InputStream in = CalendarHtmlTests.class.getResourceAsStream("/calendar/" + name + ".html")) {
			assertThat(in).as("recorded page " + name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Whitespace set aside, the request's CSRF token masked, the marks as characters. */
	static String normalized(String html) {
		return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"TOKEN\"")
			.replace("&#x2716;", "\u2716")
			.replace("&#x2713;", "\u2713")
			.replaceAll("\\s+", " ")
			.strip();
	}

}
