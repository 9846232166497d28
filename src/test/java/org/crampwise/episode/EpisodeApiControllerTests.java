package org.crampwise.episode;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.crampwise.account.AccountId;
import org.crampwise.account.Accounts;
import org.crampwise.support.SignedIn;
import org.crampwise.support.WithAppSecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * {@code /api/v1/episodes} over MockMvc, with the real service and rules (only the repositories are mocked and the
 * clock is fixed): every error case of the contract and the issue is a field-named problem and stores nothing.
 */
@WebMvcTest(EpisodeApiController.class)
@WithAppSecurity
@Import({ EpisodeService.class, EpisodeApiControllerTests.FixedClock.class })
class EpisodeApiControllerTests {

	/** 2026-11-21 09:00 in Paris. */
	static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");

	static final AccountId ALICE = new AccountId(7);

	/** Alice, signed in by the page's cookie: state changes carry the CSRF token, as the page's script would. */
	static final RequestPostProcessor AS_ALICE = request -> csrf()
		.postProcessRequest(SignedIn.as(7, "alice").postProcessRequest(request));

	static final JsonMapper JSON = JsonMapper.builder().build();

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

	@MockitoBean
	Accounts accounts;

	@MockitoBean
	TimedEpisodes timed;

	final AtomicLong ids = new AtomicLong(41);

	@BeforeEach
	void setUp() {
		given(this.accounts.zoneOf(ALICE)).willReturn(ZoneId.of("Europe/Paris"));
		given(this.episodes.save(any())).willAnswer(call -> {
			CrampEpisode episode = call.getArgument(0);
			ReflectionTestUtils.setField(episode, "id", this.ids.incrementAndGet());
			return episode;
		});
		given(this.episodes.findByIdAndAccountId(anyLong(), anyLong())).willReturn(Optional.empty());
	}

	static Map<String, Object> valid() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("startedAt", "2026-11-20T02:14:00+01:00");
		body.put("durationSeconds", 90);
		body.put("intensity", 7);
		body.put("muscle", "CALF");
		body.put("side", "LEFT");
		body.put("wokeFromSleep", true);
		body.put("reliefsTried", List.of("STRETCH_DURING_CRAMP", "MASSAGE"));
		body.put("helpedMost", "STRETCH_DURING_CRAMP");
		body.put("warningSigns", List.of("CALF_SWELLING_OR_REDNESS"));
		body.put("notes", "woke me at two");
		return body;
	}

	static String with(String field, Object value) {
		Map<String, Object> body = valid();
		body.put(field, value);
		return JSON.writeValueAsString(body);
	}

	MvcTestResult post(String body) {
		return this.mvc.post()
			.uri("/api/v1/episodes")
			.with(AS_ALICE)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	void assertRefusedOn(MvcTestResult result, String... fields) {
		assertThat(result).hasStatus(400)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.satisfies(json -> {
				json.assertThat().extractingPath("$.status").isEqualTo(400);
				json.assertThat().extractingPath("$.errors[*].field").asArray().containsExactly((Object[]) fields);
				json.assertThat().extractingPath("$.errors[0].message").asString().isNotBlank();
			});
		verify(this.episodes, never()).save(any());
	}

	@Test
	void logsAnEpisodeAndAnswers201WithLocationAndTheDerivedFields() {
		assertThat(post(JSON.writeValueAsString(valid()))).hasStatus(201)
			.hasHeader("Location", "/api/v1/episodes/42")
			.bodyJson()
			.satisfies(json -> {
				json.assertThat().extractingPath("$.id").isEqualTo(42);
				json.assertThat().extractingPath("$.startedAt").isEqualTo("2026-11-20T02:14:00+01:00");
				json.assertThat().extractingPath("$.nightOf").isEqualTo("2026-11-19");
				json.assertThat().extractingPath("$.daytime").isEqualTo(false);
				json.assertThat().extractingPath("$.reliefsTried").asArray()
					.containsExactly("STRETCH_DURING_CRAMP", "MASSAGE");
				json.assertThat().extractingPath("$.warningSigns[0]").isEqualTo("CALF_SWELLING_OR_REDNESS");
			});
	}

	@ParameterizedTest(name = "intensity {0}")
	@CsvSource({ "-1", "11" })
	void anIntensityOutsideZeroToTenIsRefused(int intensity) {
		assertRefusedOn(post(with("intensity", intensity)), "intensity");
	}

	@ParameterizedTest(name = "durationSeconds {0}")
	@CsvSource({ "0", "86401", "-5" })
	void aDurationOfZeroOrOverADayIsRefused(int seconds) {
		assertRefusedOn(post(with("durationSeconds", seconds)), "durationSeconds");
	}

	@Test
	void aStartMoreThanFiveMinutesInTheFutureIsRefusedByTheClock() {
		assertRefusedOn(post(with("startedAt", "2026-11-21T09:05:01+01:00")), "startedAt");
		assertThat(post(with("startedAt", "2026-11-21T09:05:00+01:00"))).hasStatus(201);
	}

	@Test
	void aStartWithoutAnOffsetIsRefused() {
		assertRefusedOn(post(with("startedAt", "2026-11-20T02:14:00")), "startedAt");
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', value = { "muscle|\"ARM\"|muscle", "side|\"MIDDLE\"|side",
			"reliefsTried|[\"MASSAGE\",\"ICE\"]|reliefsTried[1]", "helpedMost|\"ICE\"|helpedMost",
			"warningSigns|[\"FEVER\"]|warningSigns[0]", "muscle|3|muscle" })
	void anUnknownCodeIsRefusedNamingItsField(String field, String json, String named) {
		Map<String, Object> body = valid();
		body.put(field, JSON.readTree(json));
		assertRefusedOn(post(JSON.writeValueAsString(body)), named);
	}

	@Test
	void helpedMostNotAmongReliefsTriedIsRefused() {
		Map<String, Object> body = valid();
		body.put("reliefsTried", List.of("MASSAGE"));
		body.put("helpedMost", "WALK_IT_OFF");
		assertRefusedOn(post(JSON.writeValueAsString(body)), "helpedMost");
	}

	@Test
	void notesOverTwoThousandCharactersAreRefused() {
		assertRefusedOn(post(with("notes", "n".repeat(2001))), "notes");
		assertThat(post(with("notes", "n".repeat(2000)))).hasStatus(201);
	}

	@Test
	void aBodyOver64KbIs413AndStoresNothing() {
		assertThat(post(with("notes", "n".repeat(70_000)))).hasStatus(413)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		verify(this.episodes, never()).save(any());
	}

	@Test
	void missingRequiredFieldsAreAllNamed() {
		assertRefusedOn(post("{}"), "startedAt", "durationSeconds", "intensity", "muscle", "side");
	}

	@Test
	void anUnknownFieldAndAWrongTypeAreNamed() {
		assertRefusedOn(post(with("mood", "grumpy")), "mood");
		assertRefusedOn(post(with("intensity", "high")), "intensity");
	}

	@Test
	void theServersOwnFieldsMayBeSentBackAndAreIgnored() {
		Map<String, Object> body = valid();
		body.put("id", 999);
		body.put("nightOf", "2001-01-01");
		body.put("daytime", true);

		assertThat(post(JSON.writeValueAsString(body))).hasStatus(201).bodyJson().satisfies(json -> {
			json.assertThat().extractingPath("$.id").isEqualTo(42);
			json.assertThat().extractingPath("$.nightOf").isEqualTo("2026-11-19");
		});
	}

	@Test
	void anotherUsersEpisodeIs404ForReadCorrectAndDelete() {
		// the repository finds episode 5 only for its owner, account 8
		given(this.episodes.findByIdAndAccountId(5, 8)).willReturn(Optional.of(stored()));

		for (MvcTestResult result : List.of(this.mvc.get().uri("/api/v1/episodes/5").with(AS_ALICE).exchange(),
				this.mvc.put()
					.uri("/api/v1/episodes/5")
					.with(AS_ALICE)
					.contentType(MediaType.APPLICATION_JSON)
					.content(JSON.writeValueAsString(valid()))
					.exchange(),
				this.mvc.delete().uri("/api/v1/episodes/5").with(AS_ALICE).exchange())) {
			assertThat(result).hasStatus(404)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.extractingPath("$.detail")
				.isEqualTo("episode 5 not found");
		}
		verify(this.episodes, times(3)).findByIdAndAccountId(5, 7);
		verify(this.episodes, never()).delete(any());
	}

	@Test
	void theOwnerReadsCorrectsAndDeletes() {
		CrampEpisode episode = stored();
		given(this.episodes.findByIdAndAccountId(5, 7)).willReturn(Optional.of(episode));

		assertThat(this.mvc.get().uri("/api/v1/episodes/5").with(AS_ALICE)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.intensity")
			.isEqualTo(7);
		assertThat(this.mvc.put()
			.uri("/api/v1/episodes/5")
			.with(AS_ALICE)
			.contentType(MediaType.APPLICATION_JSON)
			.content(with("intensity", 3))).hasStatusOk().bodyJson().extractingPath("$.intensity").isEqualTo(3);
		assertThat(this.mvc.put()
			.uri("/api/v1/episodes/5")
			.with(AS_ALICE)
			.contentType(MediaType.APPLICATION_JSON)
			.content(with("intensity", 12))).hasStatus(400);
		assertThat(episode.toEpisode().intensity()).isEqualTo(3);
		assertThat(this.mvc.delete().uri("/api/v1/episodes/5").with(AS_ALICE)).hasStatus(204);
		verify(this.episodes).delete(episode);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "page=-1|page", "size=0|size", "size=501|size", "page=abc|page",
			"size=ten|size", "from=2026-13-01|from", "to=yesterday|to", "from=2026-11-20&to=2026-11-19|to" })
	void aBadPageSizeOrRangeIsA400NamingTheParameter(String query, String field) {
		assertThat(this.mvc.get().uri("/api/v1/episodes?" + query).with(AS_ALICE)).hasStatus(400)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo(field);
		verifyNoInteractions(this.episodes);
	}

	@Test
	void listsAPageAsTheContractShapesIt() {
		given(this.episodes.findNights(eq(7L), eq(LocalDate.of(2026, 11, 1)), eq(LocalDate.of(2026, 11, 30)),
				eq(PageRequest.of(1, 2))))
			.willReturn(new PageImpl<>(List.of(stored()), PageRequest.of(1, 2), 3));

		assertThat(this.mvc.get().uri("/api/v1/episodes?from=2026-11-01&to=2026-11-30&page=1&size=2").with(AS_ALICE))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				json.assertThat().extractingPath("$.items.length()").isEqualTo(1);
				json.assertThat().extractingPath("$.items[0].id").isEqualTo(5);
				json.assertThat().extractingPath("$.page").isEqualTo(1);
				json.assertThat().extractingPath("$.size").isEqualTo(2);
				json.assertThat().extractingPath("$.total").isEqualTo(3);
			});
	}

	@Test
	void withoutARangeEveryNightIsListedFiftyAtATime() {
		given(this.episodes.findNights(eq(7L), eq(EpisodeService.FIRST_NIGHT), eq(EpisodeService.LAST_NIGHT),
				eq(PageRequest.of(0, 50))))
			.willReturn(new PageImpl<>(List.of(), PageRequest.of(0, 50), 0));

		assertThat(this.mvc.get().uri("/api/v1/episodes").with(AS_ALICE)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.size")
			.isEqualTo(50);
	}

	@Test
	void theTimerStartsOnceAndAnswers201Then200() {
		assertThat(this.mvc.post().uri("/api/v1/episodes/timer").with(AS_ALICE)).hasStatus(201)
			.hasHeader("Location", "/api/v1/episodes/timer")
			.bodyJson()
			.extractingPath("$.startedAt")
			.isEqualTo("2026-11-21T09:00:00+01:00");

		given(this.timers.findById(7L))
			.willReturn(Optional.of(new EpisodeTimer(ALICE, OffsetDateTime.parse("2026-11-21T08:59:00+01:00"))));
		assertThat(this.mvc.post().uri("/api/v1/episodes/timer").with(AS_ALICE)).hasStatus(200)
			.bodyJson()
			.extractingPath("$.startedAt")
			.isEqualTo("2026-11-21T08:59:00+01:00");
		verify(this.timers).saveAndFlush(any());
	}

	@Test
	void stoppingWithoutATimerIs404AndSavesNothing() {
		assertThat(this.mvc.post().uri("/api/v1/episodes/timer/stop").with(AS_ALICE)).hasStatus(404)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mvc.get().uri("/api/v1/episodes/timer").with(AS_ALICE)).hasStatus(404);
		assertThat(this.mvc.delete().uri("/api/v1/episodes/timer").with(AS_ALICE)).hasStatus(404);
		verify(this.episodes, never()).save(any());
	}

	@Test
	void stoppingSavesTheEpisodeWithNullForWhatWasNotGiven() {
		running();

		assertThat(this.mvc.post().uri("/api/v1/episodes/timer/stop").with(AS_ALICE)).hasStatus(201)
			.hasHeader("Location", "/api/v1/episodes/42")
			.bodyJson()
			.satisfies(json -> {
				json.assertThat().extractingPath("$.startedAt").isEqualTo("2026-11-21T08:58:30+01:00");
				json.assertThat().extractingPath("$.durationSeconds").isEqualTo(90);
				json.assertThat().extractingPath("$.intensity").isNull();
				json.assertThat().extractingPath("$.muscle").isNull();
				json.assertThat().extractingPath("$.side").isNull();
				// 08:58 local is night (20:00-10:00): a timer cramp then woke the user, by the contract's default
				json.assertThat().extractingPath("$.wokeFromSleep").isEqualTo(true);
				json.assertThat().extractingPath("$.reliefsTried").asArray().isEmpty();
				json.assertThat().extractingPath("$.nightOf").isEqualTo("2026-11-20");
			});
	}

	@Test
	void aStopMayGiveTheIntensityAndABadOneIsRefusedWithTheTimerKept() {
		running();

		assertRefusedOn(this.mvc.post()
			.uri("/api/v1/episodes/timer/stop")
			.with(AS_ALICE)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"intensity\":11}")
			.exchange(), "intensity");
		verify(this.timers, never()).deleteByAccountId(anyLong());

		assertThat(this.mvc.post()
			.uri("/api/v1/episodes/timer/stop")
			.with(AS_ALICE)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"intensity\":6}")).hasStatus(201).bodyJson().extractingPath("$.intensity").isEqualTo(6);
	}

	@Test
	void withoutSignInTheApiSays401() {
		assertThat(this.mvc.get().uri("/api/v1/episodes")).hasStatus(401)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		verifyNoInteractions(this.episodes);
	}

	private void running() {
		given(this.timers.findById(7L))
			.willReturn(Optional.of(new EpisodeTimer(ALICE, OffsetDateTime.parse("2026-11-21T08:58:30+01:00"))));
		given(this.timers.deleteByAccountId(7)).willReturn(1);
	}

	private static CrampEpisode stored() {
		CrampEpisode episode = CrampEpisode.logged(new AccountId(8),
				EpisodeRules.check(Drafts.valid().build(), NOW), NOW);
		ReflectionTestUtils.setField(episode, "id", 5L);
		return episode;
	}

}
