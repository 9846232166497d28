package org.crampwise.episode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.Answers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.crampwise.account.AccountId;
import org.crampwise.account.Accounts;
import org.crampwise.advice.UrgentFlags;
import org.crampwise.system.DataVersions;
import org.crampwise.support.SignedIn;
import org.crampwise.support.WithAppSecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.doReturn;

/**
 * The diary page and the delete confirmation, rendered through the real controller, templates and bundles, are the
 * HTML they were when the templates wrote every row (issue 11 moved the rows into Java, {@link EpisodeSummaries}):
 * the expected files under {@code src/test/resources/episodes/} were recorded from the page before that change. The
 * comparison sets whitespace aside (every run of it counts as one space) and the CSRF token (new per request).
 * <p>
 * The episodes: every detail given and none, daytime and woken, every relief and warning sign, notes with markup in
 * them, under a minute and over, a night across the spring change in Europe/Paris (01:30 winter time and 03:30 summer
 * time) and one logged with another offset than the user's zone's, on the first of three pages.
 */
@WebMvcTest(EpisodeController.class)
@WithAppSecurity
@Import({ EpisodeService.class, DiaryHtmlTests.FixedClock.class, org.crampwise.system.HtmlFragments.class })
class DiaryHtmlTests {

	static final Instant NOW = Instant.parse("2026-03-30T08:00:00Z");

	static final AccountId ALICE = new AccountId(7);

	/** Set to record the expected files again (only from a page known to be right). */
	static final boolean RECORD = Boolean.getBoolean("diary.record");

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	EpisodeRepository episodes;

	@MockitoBean
	EpisodeTimerRepository timers;

	@MockitoBean(name = "urgentFlags")
	UrgentFlags urgentFlags;

	@MockitoBean
	Accounts accounts;

	/** One data version per test: its second request of a page is answered from the diary's cache. */
	@MockitoBean(answers = Answers.CALLS_REAL_METHODS)
	DataVersions versions;

	static final AtomicLong VERSIONS = new AtomicLong();

	@BeforeEach
	void setUp() {
		doReturn(VERSIONS.incrementAndGet()).when(this.versions).current(anyLong());
		given(this.accounts.zoneOf(ALICE)).willReturn(ZoneId.of("Europe/Paris"));
		given(this.episodes.findByIdAndAccountId(anyLong(), anyLong())).willReturn(Optional.empty());
		List<CrampEpisode> page = new ArrayList<>();
		// the night of 28 March 2026 across the spring change: 03:30 summer time, 02:10 (01:10 UTC), 01:30 winter time
		page.add(episode(12, "2026-03-29T03:30:00+02:00", 754, 10, Muscle.CALF, Side.BOTH, true,
				EnumSet.allOf(Relief.class), Relief.APPLY_HEAT, EnumSet.allOf(WarningSign.class),
				"Woke at <3> & \"screamed\" — it's 'bad'"));
		page.add(episode(11, "2026-03-29T01:10:00Z", 59, 0, Muscle.FOOT, Side.LEFT, false, EnumSet.of(Relief.MASSAGE),
				null, EnumSet.of(WarningSign.MUSCLE_WEAKNESS), ""));
		page.add(episode(10, "2026-03-29T01:30:00+01:00", 60, null, null, null, false, EnumSet.noneOf(Relief.class),
				null, EnumSet.noneOf(WarningSign.class), null));
		// a daytime cramp, and every muscle and side
		page.add(episode(9, "2026-03-27T14:05:00+01:00", 5, 1, Muscle.THIGH, Side.RIGHT, false,
				EnumSet.of(Relief.STRETCH_DURING_CRAMP, Relief.WALK_IT_OFF), Relief.WALK_IT_OFF, EnumSet.noneOf(WarningSign.class), "x"));
		int id = 8;
		for (Muscle muscle : Muscle.values()) {
			for (Side side : Side.values()) {
				if (id > 0) {
					page.add(episode(id, "2026-03-%02dT0%d:%02d:00+01:00".formatted(10 + id, id % 5, id * 7 % 60),
							id * 37, id, muscle, side, id % 2 == 0, EnumSet.of(Relief.values()[id % Relief.values().length]),
							null, EnumSet.noneOf(WarningSign.class), "note " + id));
				}
				id--;
			}
		}
		given(this.episodes.findNights(eq(7L), any(), any(), eq(PageRequest.of(0, EpisodeController.DIARY_PAGE_SIZE))))
			.willReturn(new PageImpl<>(page, PageRequest.of(0, 20), 45));
		given(this.episodes.findNights(eq(7L), any(), any(), eq(PageRequest.of(2, EpisodeController.DIARY_PAGE_SIZE))))
			.willReturn(new PageImpl<>(List.of(), PageRequest.of(2, 20), 45));
	}

	private CrampEpisode episode(long id, String startedAt, int seconds, @Nullable Integer intensity,
			@Nullable Muscle muscle, @Nullable Side side, boolean woke, Set<Relief> reliefs, @Nullable Relief helpedMost,
			Set<WarningSign> signs, @Nullable String notes) {
		Episode was = new Episode(0, OffsetDateTime.parse(startedAt), seconds, intensity, muscle, side, woke, reliefs,
				helpedMost, signs, notes, LocalDate.EPOCH, false);
		CrampEpisode episode = CrampEpisode.restored(ALICE, was, NOW);
		ReflectionTestUtils.setField(episode, "id", id);
		given(this.episodes.findByIdAndAccountId(id, 7)).willReturn(Optional.of(episode));
		return episode;
	}

	@ParameterizedTest
	@CsvSource({ "diary-en, /episodes, en", "diary-es, /episodes, es", "diary-filtered-en, /episodes?from=2026-03-01&to=2026-03-31, en",
			"diary-bad-filter-es, /episodes?from=2026-03-29&to=2026-03-01, es", "diary-empty-en, /episodes?page=2, en",
			"delete-full-en, /episodes/12/delete, en", "delete-full-es, /episodes/12/delete, es",
			"delete-empty-en, /episodes/10/delete, en", "delete-empty-es, /episodes/10/delete, es" })
	void thePageIsTheHtmlItWas(String name, String uri, String language) throws IOException {
		String html = page(uri, language);
		String cached = page(uri, language);
		Path expected = Path.of("src/test/resources/episodes", name + ".html");
		if (RECORD) {
			Files.writeString(expected, html);
		}
		assertThat(normalized(html)).isEqualTo(normalized(expectedHtml(name)));
		assertThat(normalized(cached)).isEqualTo(normalized(html));
		// every form of a page has the token of its own request: the cached rows' delete forms too
		assertThat(tokens(html)).hasSize(1).doesNotContainAnyElementsOf(tokens(cached));
		assertThat(tokens(cached)).hasSize(1);
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

	/** The distinct CSRF tokens of a page's forms. */
	private static Set<String> tokens(String html) {
		Set<String> tokens = new java.util.HashSet<>();
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"").matcher(html);
		while (matcher.find()) {
			tokens.add(matcher.group(1));
		}
		return tokens;
	}

	private static String expectedHtml(String name) throws IOException {
		try (InputStream in = DiaryHtmlTests.class.getResourceAsStream("/episodes/" + name + ".html")) {
			assertThat(in).as("recorded page " + name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Whitespace set aside (each run of it is one space) and the request's CSRF token masked. */
	static String normalized(String html) {
		return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"TOKEN\"")
			.replaceAll("\\s+", " ")
			.strip();
	}

}
