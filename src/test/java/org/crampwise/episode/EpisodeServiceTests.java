package org.crampwise.episode;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.mockito.junit.jupiter.MockitoSettings;
import org.mockito.quality.Strictness;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.util.ReflectionTestUtils;

import org.crampwise.account.AccountId;
import org.crampwise.account.Accounts;
import org.crampwise.system.FieldProblem;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.ResourceNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The episode service with mocked repositories and a fixed clock: the derivations (night, daytime, offsets, DST),
 * every rule of input, ownership, paging limits and the "cramp now" timer.
 */
@ExtendWith(MockitoExtension.class)
@MockitoSettings(strictness = Strictness.LENIENT)
class EpisodeServiceTests {

	static final AccountId ALICE = new AccountId(7);

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	/** 2026-11-21 09:00 in Paris. */
	static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");

	@Mock
	EpisodeRepository episodes;

	@Mock
	EpisodeTimerRepository timers;

	@Mock
	Accounts accounts;

	final AtomicLong ids = new AtomicLong(100);

	EpisodeService service;

	@BeforeEach
	void setUp() {
		this.service = serviceAt(NOW);
		given(this.accounts.zoneOf(ALICE)).willReturn(PARIS);
		given(this.episodes.save(any())).willAnswer(call -> {
			CrampEpisode episode = call.getArgument(0);
			ReflectionTestUtils.setField(episode, "id", this.ids.incrementAndGet());
			return episode;
		});
	}

	EpisodeService serviceAt(Instant now) {
		return new EpisodeService(this.episodes, this.timers, this.accounts, Clock.fixed(now, ZoneOffset.UTC));
	}

	Episode log(EpisodeDraft draft) {
		return this.service.log(ALICE, draft);
	}

	@Nested
	class Derivations {

		@Test
		void aCrampAtTwoInTheMorningBelongsToTheNightBefore() {
			Episode episode = log(Drafts.valid().startedAt("2026-11-20T02:00:00+01:00").build());

			assertThat(episode.nightOf()).isEqualTo(LocalDate.of(2026, 11, 19));
			assertThat(episode.daytime()).isFalse();
		}

		@ParameterizedTest(name = "{0} -> night of {1}, daytime {2}")
		@CsvSource({ "2026-11-20T11:59:59+01:00, 2026-11-19, true", "2026-11-20T12:00:00+01:00, 2026-11-20, true",
				"2026-11-20T09:59:59+01:00, 2026-11-19, false", "2026-11-20T10:00:00+01:00, 2026-11-19, true",
				"2026-11-20T19:59:59+01:00, 2026-11-20, true", "2026-11-20T20:00:00+01:00, 2026-11-20, false",
				"2026-11-19T23:30:00+01:00, 2026-11-19, false" })
		void theNightAndDaytimeFollowTheLocalTimeItWasLoggedWith(String start, LocalDate night, boolean daytime) {
			Episode episode = log(Drafts.valid().startedAt(start).build());

			assertThat(episode.nightOf()).isEqualTo(night);
			assertThat(episode.daytime()).isEqualTo(daytime);
		}

		@Test
		void theOffsetGivenIsKeptAndTheNightIsThatOfTheLocalTimeGiven() {
			// logged while travelling: 01:30 in Tokyo is 17:30 the day before in Paris (the account's zone)
			Episode episode = log(Drafts.valid().startedAt("2026-11-20T01:30:00+09:00").build());

			assertThat(episode.startedAt()).isEqualTo(OffsetDateTime.parse("2026-11-20T01:30:00+09:00"));
			assertThat(episode.startedAt().getOffset()).isEqualTo(ZoneOffset.ofHours(9));
			assertThat(episode.nightOf()).isEqualTo(LocalDate.of(2026, 11, 19));
			assertThat(episode.daytime()).isFalse();
		}

		@Test
		void startsAreKeptToTheSecond() {
			Episode episode = log(Drafts.valid().startedAt("2026-11-20T02:14:07.987654+01:00").build());

			assertThat(episode.startedAt()).isEqualTo(OffsetDateTime.parse("2026-11-20T02:14:07+01:00"));
		}

		@Test
		void acrossTheSpringChangeEachTimeKeepsItsOwnOffset() {
			Episode before = log(Drafts.valid().startedAt("2026-03-29T01:30:00+01:00").build());
			Episode after = log(Drafts.valid().startedAt("2026-03-29T03:30:00+02:00").build());

			assertThat(before.nightOf()).isEqualTo(LocalDate.of(2026, 3, 28));
			assertThat(after.nightOf()).isEqualTo(LocalDate.of(2026, 3, 28));
			assertThat(after.startedAt().toInstant().getEpochSecond() - before.startedAt().toInstant().getEpochSecond())
				.isEqualTo(3600);
		}

		@Test
		void aLoggedEpisodeHasEveryDetailGivenAndTheContractDefaults() {
			Episode episode = log(Drafts.valid().wokeFromSleep(null).noReliefs().helpedMost(null).warningSigns().notes("  ")
				.build());

			assertThat(episode.notGiven()).isEmpty();
			assertThat(episode.wokeFromSleep()).isFalse();
			assertThat(episode.reliefsTried()).isEmpty();
			assertThat(episode.warningSigns()).isEmpty();
			assertThat(episode.notes()).isNull();
		}

		@Test
		void aReliefListedTwiceCountsOnce() {
			Episode episode = log(Drafts.valid().reliefsTried(Relief.MASSAGE, Relief.MASSAGE).helpedMost(Relief.MASSAGE).build());

			assertThat(episode.reliefsTried()).containsExactly(Relief.MASSAGE);
		}

	}

	@Nested
	class RulesOfInput {

		static Stream<Arguments> badDrafts() {
			return Stream.of(
					bad("intensity below 0", d -> d.intensity(-1), "intensity"),
					bad("intensity above 10", d -> d.intensity(11), "intensity"),
					bad("no intensity", d -> d.intensity(null), "intensity"),
					bad("duration 0", d -> d.durationSeconds(0), "durationSeconds"),
					bad("duration over 24 h", d -> d.durationSeconds(86_401), "durationSeconds"),
					bad("no duration", d -> d.durationSeconds(null), "durationSeconds"),
					bad("start 5 min 1 s ahead", d -> d.startedAt(NOW.plusSeconds(301).atOffset(ZoneOffset.ofHours(1))),
							"startedAt"),
					bad("start in 1899", d -> d.startedAt("1899-12-31T23:00:00+00:00"), "startedAt"),
					bad("start in 1901", d -> d.startedAt("1901-06-01T02:00:00+00:00"), "startedAt"),
					bad("start in 1970", d -> d.startedAt("1970-01-01T00:00:00+00:00"), "startedAt"),
					bad("start in 1999", d -> d.startedAt("1999-12-31T23:59:59+00:00"), "startedAt"),
					bad("no start", d -> d.startedAt((String) null), "startedAt"),
					bad("no muscle", d -> d.muscle(null), "muscle"),
					bad("no side", d -> d.side(null), "side"),
					bad("helpedMost not tried", d -> d.reliefsTried(Relief.MASSAGE).helpedMost(Relief.APPLY_HEAT),
							"helpedMost"),
					bad("helpedMost with nothing tried", d -> d.noReliefs().helpedMost(Relief.MASSAGE), "helpedMost"),
					bad("a null relief", d -> d.reliefsTried(Relief.MASSAGE, null).helpedMost(null), "reliefsTried[1]"),
					bad("a null warning sign", d -> d.warningSigns((WarningSign) null), "warningSigns[0]"),
					bad("notes over 2000 characters", d -> d.notes("x".repeat(2001)), "notes"));
		}

		static Arguments bad(String name, UnaryOperator<Drafts> change, String field) {
			return Arguments.of(name, change, field);
		}

		@ParameterizedTest(name = "{0} is refused on {2}")
		@MethodSource("badDrafts")
		void eachBrokenRuleNamesItsFieldAndNothingIsStored(String name, UnaryOperator<Drafts> change, String field) {
			InvalidInputException ex = catchThrowableOfType(InvalidInputException.class,
					() -> log(change.apply(Drafts.valid()).build()));

			assertThat(ex).as(name).isNotNull();
			assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly(field);
			verify(EpisodeServiceTests.this.episodes, never()).save(any());
		}

		@Test
		void everyBrokenRuleIsReportedAtOnce() {
			EpisodeDraft draft = new EpisodeDraft(null, 0, 11, null, null, null, List.of(Relief.MASSAGE),
					Relief.WALK_IT_OFF, null, "y".repeat(2001));

			assertThatThrownBy(() -> log(draft)).isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).extracting(FieldProblem::field)
						.containsExactly("startedAt", "durationSeconds", "intensity", "muscle", "side", "helpedMost",
								"notes"));
			verify(EpisodeServiceTests.this.episodes, never()).save(any());
		}

		@Test
		void theFutureIsMeasuredWithTheClockAndFiveMinutesAreAllowed() {
			OffsetDateTime fiveMinutesAhead = NOW.plusSeconds(300).atOffset(ZoneOffset.ofHours(1));

			assertThat(log(Drafts.valid().startedAt(fiveMinutesAhead).build()).startedAt()).isEqualTo(fiveMinutesAhead);

			EpisodeService later = serviceAt(NOW.plusSeconds(3600));
			OffsetDateTime anHourAhead = NOW.plusSeconds(3600).atOffset(ZoneOffset.UTC);
			assertThat(later.log(ALICE, Drafts.valid().startedAt(anHourAhead).build()).startedAt()).isEqualTo(anHourAhead);
		}

		@Test
		void notesAreCountedAsAPersonCountsCharacters() {
			String twoThousandEmoji = "\uD83E\uDDB5".repeat(2000);

			assertThat(log(Drafts.valid().notes(twoThousandEmoji).build()).notes()).isEqualTo(twoThousandEmoji);
			assertThatThrownBy(() -> log(Drafts.valid().notes(twoThousandEmoji + "!").build()))
				.isInstanceOf(InvalidInputException.class);
		}

		@Test
		void theEdgesOfTheRangesAreAccepted() {
			assertThat(log(Drafts.valid().intensity(0).durationSeconds(1).build()).intensity()).isZero();
			assertThat(log(Drafts.valid().intensity(10).durationSeconds(86_400).build()).durationSeconds()).isEqualTo(86_400);
		}

	}

	@Nested
	class Ownership {

		@Test
		void anotherUsersEpisodeIsNotFoundForEveryOperation() {
			given(EpisodeServiceTests.this.episodes.findByIdAndAccountId(42, 7)).willReturn(Optional.empty());

			assertThatThrownBy(() -> EpisodeServiceTests.this.service.find(ALICE, 42))
				.isInstanceOf(ResourceNotFoundException.class)
				.hasMessage("episode 42 not found");
			assertThatThrownBy(() -> EpisodeServiceTests.this.service.correct(ALICE, 42, Drafts.valid().build()))
				.isInstanceOf(ResourceNotFoundException.class);
			assertThatThrownBy(() -> EpisodeServiceTests.this.service.delete(ALICE, 42))
				.isInstanceOf(ResourceNotFoundException.class);
			assertThatThrownBy(() -> EpisodeServiceTests.this.service.rate(ALICE, 42, 5))
				.isInstanceOf(ResourceNotFoundException.class);
			verify(EpisodeServiceTests.this.episodes, never()).delete(any());
		}

		@Test
		void aCorrectionReplacesEveryDetailAndRederivesTheNight() {
			CrampEpisode stored = saved(CrampEpisode.logged(ALICE,
					EpisodeRules.check(Drafts.valid().build(), NOW), NOW));
			given(EpisodeServiceTests.this.episodes.findByIdAndAccountId(101, 7)).willReturn(Optional.of(stored));

			Episode corrected = EpisodeServiceTests.this.service.correct(ALICE, 101,
					Drafts.valid().startedAt("2026-11-20T14:00:00+01:00").intensity(3).noReliefs().helpedMost(null).build());

			assertThat(corrected.nightOf()).isEqualTo(LocalDate.of(2026, 11, 20));
			assertThat(corrected.daytime()).isTrue();
			assertThat(corrected.intensity()).isEqualTo(3);
			assertThat(corrected.reliefsTried()).isEmpty();
		}

	}

	@Nested
	class Paging {

		@ParameterizedTest(name = "page {0}, size {1}, from {2}, to {3} -> {4}")
		@CsvSource({ "-1, 50, , , page", "0, 0, , , size", "0, 501, , , size",
				"0, 50, 2026-11-20, 2026-11-19, to" })
		void aBadPageSizeOrRangeNamesItsField(int page, int size, LocalDate from, LocalDate to, String field) {
			assertThatThrownBy(() -> EpisodeServiceTests.this.service.page(ALICE, from, to, page, size))
				.isInstanceOfSatisfying(InvalidInputException.class,
						ex -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly(field));
			verifyNoInteractions(EpisodeServiceTests.this.episodes);
		}

		@Test
		void anEmptyRangeForOtherModulesIsEmptyWithoutAQuery() {
			assertThat(EpisodeServiceTests.this.service.episodesBetween(ALICE, LocalDate.of(2026, 11, 20),
					LocalDate.of(2026, 11, 19))).isEmpty();
			verifyNoInteractions(EpisodeServiceTests.this.episodes);
		}

	}

	@Nested
	class Timer {

		@Test
		void startsAtTheCurrentSecondWithTheOffsetOfTheUsersZone() {
			EpisodeService service = serviceAt(Instant.parse("2026-11-20T01:14:07.654Z"));

			RunningTimer timer = service.startTimer(ALICE);

			assertThat(timer.startedNow()).isTrue();
			assertThat(timer.startedAt()).isEqualTo(OffsetDateTime.parse("2026-11-20T02:14:07+01:00"));
			verify(EpisodeServiceTests.this.timers).saveAndFlush(any());
		}

		@Test
		void inSummerTheOffsetIsSummerTime() {
			RunningTimer timer = serviceAt(Instant.parse("2026-07-01T00:30:00Z")).startTimer(ALICE);

			assertThat(timer.startedAt().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
		}

		@Test
		void aSecondStartKeepsTheRunningTimer() {
			running("2026-11-20T02:00:00+01:00");

			RunningTimer timer = EpisodeServiceTests.this.service.startTimer(ALICE);

			assertThat(timer.startedNow()).isFalse();
			assertThat(timer.startedAt()).isEqualTo(OffsetDateTime.parse("2026-11-20T02:00:00+01:00"));
			verify(EpisodeServiceTests.this.timers, never()).saveAndFlush(any());
		}

		@Test
		void aStartThatLosesARaceAnswersTheWinnersTimer() {
			EpisodeTimer winner = new EpisodeTimer(ALICE, OffsetDateTime.parse("2026-11-20T08:59:59+01:00"));
			given(EpisodeServiceTests.this.timers.findById(7L)).willReturn(Optional.empty(), Optional.of(winner));
			given(EpisodeServiceTests.this.timers.saveAndFlush(any()))
				.willThrow(new DataIntegrityViolationException("duplicate key"));

			RunningTimer timer = EpisodeServiceTests.this.service.startTimer(ALICE);

			assertThat(timer.startedNow()).isFalse();
			assertThat(timer.startedAt()).isEqualTo(winner.startedAt());
		}

		@Test
		void stoppingSavesTheEpisodeWithTheTimersStartAndRoundedDuration() {
			running("2026-11-21T08:58:29+01:00");
			given(EpisodeServiceTests.this.timers.deleteByAccountId(7)).willReturn(1);
			// 08:58:29 -> 09:00:00.5 is 91.5 s: rounds to 92
			EpisodeService service = serviceAt(NOW.plusMillis(500));

			Episode episode = service.stopTimer(ALICE, TimerStop.NOTHING_GIVEN);

			assertThat(episode.startedAt()).isEqualTo(OffsetDateTime.parse("2026-11-21T08:58:29+01:00"));
			assertThat(episode.durationSeconds()).isEqualTo(92);
			assertThat(episode.nightOf()).isEqualTo(LocalDate.of(2026, 11, 20));
		}

		@Test
		void whatTheStopDoesNotGiveIsNotGivenNotInventedAndANightCrampWokeTheUser() {
			running("2026-11-21T08:59:00+01:00");
			given(EpisodeServiceTests.this.timers.deleteByAccountId(7)).willReturn(1);

			Episode episode = EpisodeServiceTests.this.service.stopTimer(ALICE, TimerStop.NOTHING_GIVEN);

			assertThat(episode.notGiven()).containsExactlyInAnyOrder(EpisodeDetail.INTENSITY, EpisodeDetail.MUSCLE,
					EpisodeDetail.SIDE);
			assertThat(episode.isGiven(EpisodeDetail.INTENSITY)).isFalse();
			assertThat(episode.intensity()).isNull();
			assertThat(episode.muscle()).isNull();
			assertThat(episode.side()).isNull();
			// 08:59 local is night (20:00-10:00): the contract's default for the timer
			assertThat(episode.wokeFromSleep()).isTrue();
			assertThat(episode.reliefsTried()).isEmpty();
			assertThat(episode.helpedMost()).isNull();
			assertThat(episode.warningSigns()).isEmpty();
			assertThat(episode.notes()).isNull();
			assertThat(EpisodeResponse.of(episode).intensity()).isNull();
		}

		@Test
		void whatTheStopGivesIsKept() {
			running("2026-11-21T08:59:00+01:00");
			given(EpisodeServiceTests.this.timers.deleteByAccountId(7)).willReturn(1);

			Episode episode = EpisodeServiceTests.this.service.stopTimer(ALICE, new TimerStop(8, Muscle.FOOT, null));

			assertThat(episode.intensity()).isEqualTo(8);
			assertThat(episode.muscle()).isEqualTo(Muscle.FOOT);
			assertThat(episode.notGiven()).containsExactly(EpisodeDetail.SIDE);
		}

		@Test
		void aStopWithinTheFirstSecondLastsOneSecond() {
			running("2026-11-21T09:00:00+01:00");
			given(EpisodeServiceTests.this.timers.deleteByAccountId(7)).willReturn(1);

			assertThat(EpisodeServiceTests.this.service.stopTimer(ALICE, TimerStop.NOTHING_GIVEN).durationSeconds())
				.isEqualTo(1);
		}

		@Test
		void aTimerAcrossTheAutumnChangeMeasuresRealTime() {
			// 02:50 summer time, then the clocks fall back at 03:00 to 02:00; the stop comes at 02:10 winter time
			running("2026-10-25T02:50:00+02:00");
			given(EpisodeServiceTests.this.timers.deleteByAccountId(7)).willReturn(1);
			EpisodeService service = serviceAt(OffsetDateTime.parse("2026-10-25T02:10:00+01:00").toInstant());

			Episode episode = service.stopTimer(ALICE, TimerStop.NOTHING_GIVEN);

			assertThat(episode.durationSeconds()).isEqualTo(20 * 60);
			assertThat(episode.startedAt().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
			assertThat(episode.nightOf()).isEqualTo(LocalDate.of(2026, 10, 24));
		}

		@Test
		void stoppingWithoutATimerIsNotFoundAndSavesNothing() {
			given(EpisodeServiceTests.this.timers.findById(7L)).willReturn(Optional.empty());

			assertThatThrownBy(() -> EpisodeServiceTests.this.service.stopTimer(ALICE, TimerStop.NOTHING_GIVEN))
				.isInstanceOf(ResourceNotFoundException.class);
			verify(EpisodeServiceTests.this.episodes, never()).save(any());
		}

		@Test
		void theLoserOfTwoStopsIsNotFoundAndSavesNothing() {
			running("2026-11-21T08:59:00+01:00");
			given(EpisodeServiceTests.this.timers.deleteByAccountId(7)).willReturn(0);

			assertThatThrownBy(() -> EpisodeServiceTests.this.service.stopTimer(ALICE, TimerStop.NOTHING_GIVEN))
				.isInstanceOf(ResourceNotFoundException.class);
			verify(EpisodeServiceTests.this.episodes, never()).save(any());
		}

		@Test
		void aTimerRunningOverADayIsRefusedAndKeepsRunning() {
			running("2026-11-20T08:59:59+01:00");

			assertThatThrownBy(() -> EpisodeServiceTests.this.service.stopTimer(ALICE, TimerStop.NOTHING_GIVEN))
				.isInstanceOfSatisfying(InvalidInputException.class,
						ex -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("durationSeconds"));
			verify(EpisodeServiceTests.this.timers, never()).deleteByAccountId(anyLong());
			verify(EpisodeServiceTests.this.episodes, never()).save(any());
		}

		@Test
		void aBadIntensityOnStopIsRefusedAndTheTimerKeepsRunning() {
			running("2026-11-21T08:59:00+01:00");

			assertThatThrownBy(() -> EpisodeServiceTests.this.service.stopTimer(ALICE, new TimerStop(11, null, null)))
				.isInstanceOfSatisfying(InvalidInputException.class,
						ex -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("intensity"));
			verify(EpisodeServiceTests.this.timers, never()).deleteByAccountId(anyLong());
		}

		@Test
		void discardingWithoutATimerIsNotFound() {
			given(EpisodeServiceTests.this.timers.deleteByAccountId(7)).willReturn(0);

			assertThatThrownBy(() -> EpisodeServiceTests.this.service.discardTimer(ALICE))
				.isInstanceOf(ResourceNotFoundException.class);
		}

		@Test
		void aDaytimeTimerCrampDidNotWakeTheUserAndTenOClockIsDay() {
			given(EpisodeServiceTests.this.timers.deleteByAccountId(7)).willReturn(1);
			running("2026-11-21T10:00:00+01:00");
			assertThat(serviceAt(Instant.parse("2026-11-21T09:01:00Z")).stopTimer(ALICE, TimerStop.NOTHING_GIVEN)
				.wokeFromSleep()).isFalse();
			running("2026-11-21T19:59:59+01:00");
			assertThat(serviceAt(Instant.parse("2026-11-21T19:01:00Z")).stopTimer(ALICE, TimerStop.NOTHING_GIVEN)
				.wokeFromSleep()).isFalse();
			running("2026-11-21T20:00:00+01:00");
			assertThat(serviceAt(Instant.parse("2026-11-21T19:01:00Z")).stopTimer(ALICE, TimerStop.NOTHING_GIVEN)
				.wokeFromSleep()).isTrue();
		}

		@Test
		void aDiscardedTimerCanBeRestoredOnceFromItsFirstTap() {
			OffsetDateTime start = OffsetDateTime.parse("2026-11-21T08:50:00+01:00");
			running(start.toString());
			given(EpisodeServiceTests.this.timers.deleteByAccountId(7)).willReturn(1);

			assertThat(EpisodeServiceTests.this.service.discardTimer(ALICE)).isEqualTo(start);
			given(EpisodeServiceTests.this.timers.findById(7L)).willReturn(Optional.empty());
			assertThat(EpisodeServiceTests.this.service.restoreTimer(ALICE, start)).isTrue();
			verify(EpisodeServiceTests.this.timers).saveAndFlush(any());
			// more than 24 hours back, or in the future: not restored
			assertThat(EpisodeServiceTests.this.service.restoreTimer(ALICE, start.minusDays(2))).isFalse();
			assertThat(EpisodeServiceTests.this.service.restoreTimer(ALICE, start.plusHours(3))).isFalse();
		}

		private void running(String start) {
			given(EpisodeServiceTests.this.timers.findById(7L))
				.willReturn(Optional.of(new EpisodeTimer(ALICE, OffsetDateTime.parse(start))));
		}

	}

	@Nested
	class QuickChoices {

		CrampEpisode timed;

		@BeforeEach
		void timedEpisode() {
			this.timed = saved(CrampEpisode.timed(ALICE, OffsetDateTime.parse("2026-11-20T02:14:00+01:00"), 90, NOW));
			given(EpisodeServiceTests.this.episodes.findByIdAndAccountId(101, 7)).willReturn(Optional.of(this.timed));
		}

		@Test
		void eachTapGivesOneDetail() {
			EpisodeService service = EpisodeServiceTests.this.service;

			assertThat(service.rate(ALICE, 101, 7).notGiven()).containsExactlyInAnyOrder(EpisodeDetail.MUSCLE,
					EpisodeDetail.SIDE);
			service.feltIn(ALICE, 101, Muscle.CALF);
			Episode episode = service.onSide(ALICE, 101, Side.RIGHT);

			assertThat(episode.notGiven()).isEmpty();
			assertThat(episode.intensity()).isEqualTo(7);
			assertThat(episode.muscle()).isEqualTo(Muscle.CALF);
			assertThat(episode.side()).isEqualTo(Side.RIGHT);
		}

		@Test
		void wokeAndWarningSignsAreOneTapEachAndASecondTapTakesASignBack() {
			EpisodeService service = EpisodeServiceTests.this.service;
			assertThat(this.timed.toEpisode().wokeFromSleep()).isTrue();
			assertThat(service.woke(ALICE, 101, false).wokeFromSleep()).isFalse();
			assertThat(service.toggleWarningSign(ALICE, 101, WarningSign.CALF_SWELLING_OR_REDNESS).warningSigns())
				.containsExactly(WarningSign.CALF_SWELLING_OR_REDNESS);
			service.toggleWarningSign(ALICE, 101, WarningSign.NUMBNESS_OR_TINGLING);
			assertThat(service.toggleWarningSign(ALICE, 101, WarningSign.CALF_SWELLING_OR_REDNESS).warningSigns())
				.containsExactly(WarningSign.NUMBNESS_OR_TINGLING);
		}

		@Test
		void aDeletedEpisodeIsRestoredWithTheDetailsItHadGivenOrNot() {
			EpisodeService service = EpisodeServiceTests.this.service;
			service.rate(ALICE, 101, 6);
			Episode deleted = service.delete(ALICE, 101);
			verify(EpisodeServiceTests.this.episodes).delete(this.timed);

			Episode restored = service.restore(ALICE, deleted);

			assertThat(restored.id()).isNotEqualTo(deleted.id());
			assertThat(restored).usingRecursiveComparison().ignoringFields("id").isEqualTo(deleted);
			assertThat(restored.muscle()).isNull();
		}

		@Test
		void aRatingOutsideTheScaleIsRefused() {
			assertThatThrownBy(() -> EpisodeServiceTests.this.service.rate(ALICE, 101, 11))
				.isInstanceOf(InvalidInputException.class);
			assertThat(this.timed.toEpisode().notGiven()).contains(EpisodeDetail.INTENSITY);
		}

		@Test
		void helpedMostMustHaveBeenTriedAndUntryingItClearsIt() {
			EpisodeService service = EpisodeServiceTests.this.service;
			assertThatThrownBy(() -> service.helpedMost(ALICE, 101, Relief.MASSAGE))
				.isInstanceOfSatisfying(InvalidInputException.class,
						ex -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("helpedMost"));

			service.toggleTried(ALICE, 101, Relief.MASSAGE);
			service.toggleTried(ALICE, 101, Relief.WALK_IT_OFF);
			assertThat(service.helpedMost(ALICE, 101, Relief.MASSAGE).helpedMost()).isEqualTo(Relief.MASSAGE);

			Episode episode = service.toggleTried(ALICE, 101, Relief.MASSAGE);
			assertThat(episode.reliefsTried()).containsExactly(Relief.WALK_IT_OFF);
			assertThat(episode.helpedMost()).isNull();
		}

	}

	CrampEpisode saved(CrampEpisode episode) {
		ReflectionTestUtils.setField(episode, "id", this.ids.incrementAndGet());
		return episode;
	}

}
