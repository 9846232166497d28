package org.crampwise.episode;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.mockito.Answers;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

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
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.crampwise.account.AccountId;
import org.crampwise.account.Accounts;
import org.crampwise.system.DataVersions;
import org.crampwise.advice.UrgentFlags;
import org.crampwise.support.SignedIn;
import org.crampwise.support.WithAppSecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The episode pages over MockMvc with the real service and rules, a user in Europe/Paris and a clock fixed on the
 * morning after the spring change (2026-03-29): forms in the user's zone, the same rules as the API, delete asking
 * once, and the "cramp now" taps.
 */
@WebMvcTest({ EpisodeController.class, CrampNowController.class })
@WithAppSecurity
@Import({ EpisodeService.class, EpisodePagesTests.FixedClock.class, org.crampwise.system.HtmlFragments.class })
class EpisodePagesTests {

	/** 2026-03-29 10:00 in Paris, summer time since 03:00. */
	static final Instant NOW = Instant.parse("2026-03-29T08:00:00Z");

	static final AccountId ALICE = new AccountId(7);

	static final RequestPostProcessor AS_ALICE = request -> csrf()
		.postProcessRequest(SignedIn.as(7, "alice").postProcessRequest(request));

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

	/** The urgent flag the pages include (advice module): none in these tests. */
	@MockitoBean(name = "urgentFlags")
	UrgentFlags urgentFlags;

	@MockitoBean
	Accounts accounts;

	/** A data version new at every read, so no page comes from the diary's cache: the mocked repository raises none. */
	@MockitoBean(answers = Answers.CALLS_REAL_METHODS)
	DataVersions versions;

	static final AtomicLong VERSIONS = new AtomicLong();

	final AtomicLong ids = new AtomicLong(41);

	@BeforeEach
	void setUp() {
		doAnswer(call -> VERSIONS.incrementAndGet()).when(this.versions).current(anyLong());
		given(this.accounts.zoneOf(ALICE)).willReturn(ZoneId.of("Europe/Paris"));
		given(this.episodes.save(any())).willAnswer(call -> {
			CrampEpisode episode = call.getArgument(0);
			ReflectionTestUtils.setField(episode, "id", this.ids.incrementAndGet());
			return episode;
		});
		given(this.episodes.findByIdAndAccountId(anyLong(), anyLong())).willReturn(Optional.empty());
	}

	MvcTestResult postForm(String uri, String... params) {
		var request = this.mvc.post().uri(uri).with(AS_ALICE);
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	static String[] validForm(String date, String time) {
		return new String[] { "date", date, "time", time, "minutes", "1", "seconds", "30", "intensity", "6", "muscle",
				"CALF", "side", "RIGHT", "_wokeFromSleep", "on", "reliefsTried", "MASSAGE", "_reliefsTried", "on",
				"helpedMost", "MASSAGE", "_warningSigns", "on", "notes", "" };
	}

	CrampEpisode savedEpisode() {
		ArgumentCaptor<CrampEpisode> saved = ArgumentCaptor.forClass(CrampEpisode.class);
		verify(this.episodes).save(saved.capture());
		return saved.getValue();
	}

	@Test
	void theLogFormSuggestsThreeOClockLastNightInTheUsersZone() {
		assertThat(this.mvc.get().uri("/episodes/new").with(AS_ALICE)).hasStatusOk()
			.hasViewName(EpisodeController.FORM)
			.model()
			.extractingByKey("episode")
			.satisfies(form -> {
				assertThat(((EpisodeForm) form).date()).isEqualTo(LocalDate.of(2026, 3, 29));
				assertThat(((EpisodeForm) form).time()).isEqualTo(LocalTime.of(3, 0));
			});
	}

	@Test
	void aTimeBeforeTheSpringChangeIsStoredInWinterTime() {
		assertThat(postForm("/episodes/new", validForm("2026-03-29", "01:30"))).hasStatus3xxRedirection()
			.hasRedirectedUrl("/episodes")
			.flash()
			.containsEntry("message", "episode.flash.logged");

		Episode episode = savedEpisode().toEpisode();
		assertThat(episode.startedAt()).isEqualTo(OffsetDateTime.parse("2026-03-29T01:30:00+01:00"));
		assertThat(episode.nightOf()).isEqualTo(LocalDate.of(2026, 3, 28));
		assertThat(episode.durationSeconds()).isEqualTo(90);
		assertThat(episode.reliefsTried()).containsExactly(Relief.MASSAGE);
	}

	@Test
	void aTimeAfterTheSpringChangeIsStoredInSummerTime() {
		assertThat(postForm("/episodes/new", validForm("2026-03-29", "03:30"))).hasStatus3xxRedirection();

		assertThat(savedEpisode().toEpisode().startedAt()).isEqualTo(OffsetDateTime.parse("2026-03-29T03:30:00+02:00"));
	}

	@Test
	void aTimeTheClocksSkippedIsRefusedBesideTheTimeField() {
		assertThat(postForm("/episodes/new", validForm("2026-03-29", "02:30"))).hasStatusOk()
			.hasViewName(EpisodeController.FORM)
			.model()
			.extractingBindingResult("episode")
			.hasFieldErrors("time");
		verify(this.episodes, never()).save(any());
	}

	@Test
	void aStartLaterThanFiveMinutesFromNowIsRefusedBesideTheTimeField() {
		assertThat(postForm("/episodes/new", validForm("2026-03-29", "10:06"))).hasStatus(200)
			.model()
			.extractingBindingResult("episode")
			.hasFieldErrors("time");
		verify(this.episodes, never()).save(any());
		assertThat(postForm("/episodes/new", validForm("2026-03-29", "10:05"))).hasStatus3xxRedirection();
	}

	@Test
	void aDayStillToComeIsRefusedBesideTheDateFieldAsASentence() {
		MvcTestResult result = postForm("/episodes/new", validForm("2026-03-30", "02:00"));
		assertThat(result).hasStatus(200)
			.model()
			.extractingBindingResult("episode")
			.satisfies(errors -> {
				assertThat(errors.hasFieldErrors("date")).isTrue();
				assertThat(errors.hasFieldErrors("time")).isFalse();
			});
		assertThat(result).bodyText()
			.contains("This date is still to come. Choose today or an earlier day.")
			.doesNotContain("must not be more than 5 minutes in the future");
		verify(this.episodes, never()).save(any());
	}

	@Test
	void theFormNamesEveryBadFieldBesideItAndStoresNothing() {
		MvcTestResult result = postForm("/episodes/new", "date", "", "time", "03:00", "minutes", "0", "seconds", "0",
				"intensity", "11", "muscle", "ARM", "side", "LEFT", "reliefsTried", "MASSAGE", "helpedMost",
				"APPLY_HEAT", "notes", "n".repeat(2001));

		assertThat(result).hasStatusOk()
			.hasViewName(EpisodeController.FORM)
			.model()
			.extractingBindingResult("episode")
			.hasFieldErrors("date", "minutes", "intensity", "muscle", "helpedMost", "notes");
		assertThat(result).bodyText()
			.contains("Enter the date it started.")
			.contains("Give how long it lasted: from 1 second to 24 hours.")
			.contains("Pick a number from 0 to 10.")
			.contains("Pick one of the muscles listed.")
			.contains("Pick one of the reliefs you ticked")
			.contains("Notes can be at most 2000 characters.");
		verify(this.episodes, never()).save(any());
	}

	@Test
	void aNoteWithAControlCharacterIsRefusedBesideTheNotesFieldAndStoresNothing() {
		String[] form = validForm("2026-03-28", "03:00");
		form[form.length - 1] = "woke up \u0001 twice";
		MvcTestResult result = postForm("/episodes/new", form);

		assertThat(result).hasStatusOk()
			.hasViewName(EpisodeController.FORM)
			.model()
			.extractingBindingResult("episode")
			.hasFieldErrors("notes");
		assertThat(result).bodyText().contains("This text holds a character that cannot be stored");
		verify(this.episodes, never()).save(any());
	}

	@Test
	void aStartInTheFutureIsNamedEvenBesideAValueOfTheWrongKind() {
		assertThat(postForm("/episodes/new", "date", "2026-03-29", "time", "11:00", "minutes", "two", "intensity", "6",
				"muscle", "CALF", "side", "LEFT"))
			.hasStatusOk()
			.model()
			.extractingBindingResult("episode")
			.hasFieldErrors("time", "minutes");
		verify(this.episodes, never()).save(any());
	}

	@Test
	void aValueOfTheWrongKindKeepsTheRestOfTheForm() {
		MvcTestResult result = postForm("/episodes/new", "date", "someday", "time", "03:00", "minutes", "two",
				"intensity", "6", "muscle", "CALF", "side", "LEFT");

		assertThat(result).hasStatusOk().model().extractingBindingResult("episode").hasFieldErrors("date", "minutes");
		assertThat(result).bodyText()
			.contains("value=\"someday\"")
			.contains("Enter whole minutes.")
			.containsPattern("value=\"CALF\"[^>]*checked");
		verify(this.episodes, never()).save(any());
	}

	@Test
	void editingShowsTheStartInTheUsersZoneAndSavesTheCorrection() {
		CrampEpisode episode = owned(5, "2026-03-29T03:30:00+02:00");

		assertThat(this.mvc.get().uri("/episodes/5/edit").with(AS_ALICE)).hasStatusOk()
			.model()
			.extractingByKey("episode")
			.satisfies(form -> assertThat(((EpisodeForm) form).time()).isEqualTo(LocalTime.of(3, 30)));

		String[] form = validForm("2026-03-28", "23:45");
		assertThat(postForm("/episodes/5/edit", form)).hasStatus3xxRedirection()
			.flash()
			.containsEntry("message", "episode.flash.updated");
		assertThat(episode.toEpisode().startedAt()).isEqualTo(OffsetDateTime.parse("2026-03-28T23:45:00+01:00"));
		assertThat(episode.toEpisode().intensity()).isEqualTo(6);
	}

	@Test
	void anotherUsersEpisodeIsNotFoundOnEveryPage() {
		for (MvcTestResult result : List.of(this.mvc.get().uri("/episodes/9/edit").with(AS_ALICE).exchange(),
				postForm("/episodes/9/edit", validForm("2026-03-28", "23:45")),
				this.mvc.get().uri("/episodes/9/delete").with(AS_ALICE).exchange(),
				postForm("/episodes/9/delete", "confirmed", "true"),
				this.mvc.get().uri("/cramp-now/9").with(AS_ALICE).exchange(), postForm("/cramp-now/9", "intensity", "5"))) {
			assertThat(result).hasStatus(404).hasViewName("error/404");
		}
		verify(this.episodes, never()).save(any());
		verify(this.episodes, never()).delete(any());
	}

	@Test
	void deleteAsksOnceWithoutScriptAndDeletesOnceConfirmed() {
		CrampEpisode episode = owned(5, "2026-03-29T03:30:00+02:00");

		assertThat(postForm("/episodes/5/delete")).hasStatus3xxRedirection().hasRedirectedUrl("/episodes/5/delete");
		verify(this.episodes, never()).delete(any());
		assertThat(this.mvc.get().uri("/episodes/5/delete").with(AS_ALICE)).hasStatusOk()
			.hasViewName(EpisodeController.CONFIRM_DELETE)
			.bodyText()
			.contains("Delete this episode?")
			.contains("name=\"confirmed\" value=\"true\"");

		assertThat(postForm("/episodes/5/delete", "confirmed", "true")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/episodes")
			.flash()
			.containsEntry("message", "episode.flash.deleted");
		verify(this.episodes).delete(episode);
	}

	@Test
	void theDiaryGroupsByNightNewestFirstAndMarksWarningSigns() {
		CrampEpisode late = owned(3, "2026-03-29T04:00:00+02:00");
		CrampEpisode early = owned(2, "2026-03-29T01:00:00+01:00");
		CrampEpisode before = logged(1, Drafts.valid()
			.startedAt("2026-03-27T02:00:00+01:00")
			.warningSigns(WarningSign.MUSCLE_WEAKNESS)
			.build());
		given(this.episodes.findNights(eq(7L), any(), any(), eq(PageRequest.of(0, EpisodeController.DIARY_PAGE_SIZE))))
			.willReturn(new PageImpl<>(List.of(late, early, before), PageRequest.of(0, 20), 3));

		MvcTestResult result = this.mvc.get().uri("/episodes").with(AS_ALICE).exchange();

		assertThat(result).hasStatusOk().model().extractingByKey("nights").satisfies(nights -> {
			List<DiaryNight> grouped = (List<DiaryNight>) nights;
			assertThat(grouped).extracting(DiaryNight::night)
				.containsExactly(LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 26));
			assertThat(grouped.get(0).rows()).hasSize(2);
		});
		assertThat(result).bodyText()
			.contains("Night of Saturday 28 March 2026")
			.contains("episode-has-warning")
			.contains("Muscle weakness")
			.contains("Times are shown in your time zone, Europe/Paris.");
	}

	@Test
	void aBadDiaryFilterIsNamedAndTheWholeDiaryShown() {
		given(this.episodes.findNights(eq(7L), any(), any(), any()))
			.willReturn(new PageImpl<>(List.of(), PageRequest.of(0, 20), 0));

		assertThat(this.mvc.get().uri("/episodes?from=2026-03-29&to=2026-03-01").with(AS_ALICE)).hasStatusOk()
			.model()
			.extractingBindingResult("filter")
			.hasFieldErrors("to");
		assertThat(this.mvc.get().uri("/episodes?from=soon").with(AS_ALICE)).hasStatusOk()
			.model()
			.extractingBindingResult("filter")
			.hasFieldErrors("from");
		verify(this.episodes, org.mockito.Mockito.times(2)).findNights(7L, EpisodeService.FIRST_NIGHT,
				EpisodeService.LAST_NIGHT, PageRequest.of(0, 20));
	}

	@Test
	void tapOneStartsTheTimerAndTheCrampNowPageShowsStop() {
		assertThat(postForm("/cramp-now/start")).hasStatus3xxRedirection().hasRedirectedUrl("/cramp-now");
		verify(this.timers).saveAndFlush(any());

		given(this.timers.findById(7L))
			.willReturn(Optional.of(new EpisodeTimer(ALICE, OffsetDateTime.parse("2026-03-29T09:58:30+02:00"))));
		assertThat(this.mvc.get().uri("/cramp-now").with(AS_ALICE)).hasStatusOk()
			.bodyText()
			.contains("id=\"cramp-stop\"")
			.contains("Timing since 09:58:30")
			.contains("data-elapsed=\"90\"")
			.contains("1:30");
	}

	@Test
	void tapTwoStopsAndSavesThenOffersTheQuickChoices() {
		given(this.timers.findById(7L))
			.willReturn(Optional.of(new EpisodeTimer(ALICE, OffsetDateTime.parse("2026-03-29T09:58:30+02:00"))));
		given(this.timers.deleteByAccountId(7)).willReturn(1);

		assertThat(postForm("/cramp-now/stop")).hasStatus3xxRedirection().hasRedirectedUrl("/cramp-now/42");
		CrampEpisode saved = savedEpisode();
		assertThat(saved.toEpisode().durationSeconds()).isEqualTo(90);
		given(this.episodes.findByIdAndAccountId(42, 7)).willReturn(Optional.of(saved));

		assertThat(this.mvc.get().uri("/cramp-now/42").with(AS_ALICE)).hasStatusOk()
			.hasViewName(CrampNowController.SAVED_VIEW)
			.bodyText()
			.contains("1 min 30 s from 09:58")
			.contains("id=\"intensity-10\"")
			.doesNotContain("id=\"quick-helped\"");
	}

	@Test
	void aSecondStopFindsNoTimerAndSaysSoWithoutSaving() {
		assertThat(postForm("/cramp-now/stop")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/cramp-now")
			.flash()
			.containsEntry("error", "episode.flash.noTimer");
		verify(this.episodes, never()).save(any());
	}

	@Test
	void tapThreeRatesTheEpisodeAndEachQuickChoiceKeepsItsPlace() {
		CrampEpisode episode = timed(42);

		assertThat(postForm("/cramp-now/42", "intensity", "7")).hasRedirectedUrl("/cramp-now/42");
		assertThat(postForm("/cramp-now/42", "side", "LEFT")).hasRedirectedUrl("/cramp-now/42#quick-side");
		assertThat(postForm("/cramp-now/42", "tried", "MASSAGE")).hasRedirectedUrl("/cramp-now/42#quick-tried");
		assertThat(postForm("/cramp-now/42", "helpedMost", "MASSAGE")).hasRedirectedUrl("/cramp-now/42#quick-helped");

		Episode rated = episode.toEpisode();
		assertThat(rated.intensity()).isEqualTo(7);
		assertThat(rated.side()).isEqualTo(Side.LEFT);
		assertThat(rated.helpedMost()).isEqualTo(Relief.MASSAGE);
		assertThat(rated.notGiven()).containsExactly(EpisodeDetail.MUSCLE);
	}

	@Test
	void aQuickChoiceOutsideTheRulesChangesNothingAndSaysSo() {
		CrampEpisode episode = timed(42);

		for (String[] choice : List.of(new String[] { "intensity", "12" }, new String[] { "muscle", "ARM" },
				new String[] { "helpedMost", "APPLY_HEAT" })) {
			assertThat(postForm("/cramp-now/42", choice)).hasRedirectedUrl("/cramp-now/42")
				.flash()
				.containsEntry("error", "episode.flash.choiceInvalid");
		}
		assertThat(episode.toEpisode().notGiven()).containsExactlyInAnyOrder(EpisodeDetail.values());
		assertThat(episode.toEpisode().helpedMost()).isNull();
	}

	@Test
	void pagesNeedSignInAndFormsACsrfToken() {
		assertThat(this.mvc.get().uri("/episodes")).hasStatus3xxRedirection();
		assertThat(this.mvc.post().uri("/cramp-now/start").with(SignedIn.as(7, "alice"))).hasStatus(403);
		verify(this.timers, never()).saveAndFlush(any());
	}

	private CrampEpisode owned(long id, String start) {
		return logged(id, Drafts.valid().startedAt(start).build());
	}

	private CrampEpisode logged(long id, EpisodeDraft draft) {
		CrampEpisode episode = CrampEpisode.logged(ALICE, EpisodeRules.check(draft, NOW), NOW);
		ReflectionTestUtils.setField(episode, "id", id);
		given(this.episodes.findByIdAndAccountId(id, 7)).willReturn(Optional.of(episode));
		return episode;
	}

	private CrampEpisode timed(long id) {
		CrampEpisode episode = CrampEpisode.timed(ALICE, OffsetDateTime.parse("2026-03-29T09:58:30+02:00"), 90, NOW);
		ReflectionTestUtils.setField(episode, "id", id);
		given(this.episodes.findByIdAndAccountId(id, 7)).willReturn(Optional.of(episode));
		return episode;
	}

}
