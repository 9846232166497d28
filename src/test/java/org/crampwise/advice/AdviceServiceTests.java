package org.crampwise.advice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import org.crampwise.account.AccountId;
import org.crampwise.account.Accounts;
import org.crampwise.checkin.CheckInService;
import org.crampwise.episode.EpisodeService;
import org.crampwise.profile.HealthProfile;
import org.crampwise.profile.MedicationService;
import org.crampwise.profile.ProfileService;
import org.crampwise.system.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

@ExtendWith(MockitoExtension.class)
class AdviceServiceTests {

	private static final AccountId ALICE = new AccountId(7);

	/** 23:30 UTC on the 20th is already the 21st in Auckland. */
	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T23:30:00Z"), ZoneOffset.UTC);

	@Mock
	EpisodeService episodes;

	@Mock
	CheckInService checkIns;

	@Mock
	ProfileService profiles;

	@Mock
	MedicationService medications;

	@Mock
	Accounts accounts;

	AdviceService service;

	@BeforeEach
	void setUp() {
		this.service = new AdviceService(AdviceTestSupport.engine(), AdviceSettings.defaults(), this.episodes,
				this.checkIns, this.profiles, this.medications, this.accounts, CLOCK);
	}

	@Test
	void readsOnlyTheFourteenNightsBeforeAsOf() {
		given(this.accounts.zoneOf(ALICE)).willReturn(ZoneId.of("Europe/Paris"));
		given(this.profiles.profile(ALICE)).willReturn(HealthProfile.EMPTY);

		AdviceReport report = this.service.advise(ALICE, LocalDate.parse("2026-11-15"), Locale.ENGLISH);

		verify(this.episodes).episodesBetween(ALICE, LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-14"));
		verify(this.checkIns).checkInsBetween(ALICE, LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-14"));
		assertThat(report.asOf()).isEqualTo(LocalDate.parse("2026-11-15"));
		assertThat(report.windowDays()).isEqualTo(14);
	}

	@Test
	void withoutAsOfTodayIsTheDateInTheUsersZone() {
		given(this.accounts.zoneOf(ALICE)).willReturn(ZoneId.of("Pacific/Auckland"));
		given(this.profiles.profile(ALICE)).willReturn(HealthProfile.EMPTY);
		given(this.medications.medications(ALICE)).willReturn(List.of());

		AdviceReport report = this.service.advise(ALICE, null, Locale.ENGLISH);

		assertThat(report.asOf()).isEqualTo(LocalDate.parse("2026-11-21"));
		verify(this.episodes).episodesBetween(ALICE, LocalDate.parse("2026-11-07"), LocalDate.parse("2026-11-20"));
	}

	@Test
	void aUserWithNothingLoggedGetsFirstLineAdviceNotAnError() {
		given(this.accounts.zoneOf(ALICE)).willReturn(ZoneId.of("UTC"));
		given(this.profiles.profile(ALICE)).willReturn(HealthProfile.EMPTY);

		AdviceService.Evaluation evaluation = this.service.evaluate(ALICE, null, Locale.ENGLISH);

		assertThat(evaluation.nothingLogged()).isTrue();
		assertThat(evaluation.report().recommendations()).extracting(Recommendation::remedy)
			.containsExactly(Remedy.STRETCH_BEFORE_BED, Remedy.STRETCH_DURING_CRAMP);
		assertThat(evaluation.report().seeClinician()).isFalse();
	}

	@Test
	void anAsOfMoreThanADayAheadIsRefusedNamingTheField() {
		given(this.accounts.zoneOf(ALICE)).willReturn(ZoneId.of("UTC"));

		assertThatThrownBy(() -> this.service.advise(ALICE, LocalDate.parse("2026-11-23"), Locale.ENGLISH))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).extracting(p -> p.field()).containsExactly("asOf"));
		verifyNoInteractions(this.episodes, this.checkIns);
	}

	@Test
	void tomorrowIsStillAllowed() {
		given(this.accounts.zoneOf(ALICE)).willReturn(ZoneId.of("UTC"));
		given(this.profiles.profile(any())).willReturn(HealthProfile.EMPTY);

		assertThat(this.service.advise(ALICE, LocalDate.parse("2026-11-21"), Locale.ENGLISH).asOf())
			.isEqualTo(LocalDate.parse("2026-11-21"));
	}

}
