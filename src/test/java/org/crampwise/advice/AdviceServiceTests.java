package org.crampwise.advice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.mockito.junit.jupiter.MockitoExtension;

import org.crampwise.account.AccountId;
import org.crampwise.account.Accounts;
import org.crampwise.nights.NightService;
import org.crampwise.nights.PatientNights;
import org.crampwise.profile.HealthProfile;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.DataVersions;

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
	NightService nights;

	@Mock
	Accounts accounts;

	AdviceService service;

	@BeforeEach
	void setUp() {
		this.service = new AdviceService(AdviceTestSupport.engine(), AdviceSettings.defaults(), this.nights,
				new StaticListableBeanFactory().getBeanProvider(FactorPatterns.class), this.accounts, CLOCK, versions());
	}

	/** Data versions that stay at 0 (every test makes its own service, so nothing is cached across tests). */
	static DataVersions versions() {
		DataVersions versions = org.mockito.Mockito.mock(DataVersions.class, org.mockito.Mockito.CALLS_REAL_METHODS);
		org.mockito.Mockito.lenient().doReturn(0L).when(versions).current(org.mockito.ArgumentMatchers.anyLong());
		return versions;
	}

	private void emptyRange() {
		given(this.nights.range(any(), any(), any())).willAnswer(call -> new PatientNights(call.getArgument(1),
				call.getArgument(2), HealthProfile.EMPTY, List.of(), List.of(), List.of(), Set.of(), Set.of()));
	}

	@Test
	void readsOnlyTheFourteenNightsBeforeAsOf() {
		given(this.accounts.zoneOf(ALICE)).willReturn(ZoneId.of("Europe/Paris"));
		emptyRange();

		AdviceReport report = this.service.advise(ALICE, LocalDate.parse("2026-11-15"), Locale.ENGLISH);

		verify(this.nights).range(ALICE, LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-14"));
		assertThat(report.asOf()).isEqualTo(LocalDate.parse("2026-11-15"));
		assertThat(report.windowDays()).isEqualTo(14);
	}

	@Test
	void withoutAsOfTodayIsTheDateInTheUsersZone() {
		given(this.accounts.zoneOf(ALICE)).willReturn(ZoneId.of("Pacific/Auckland"));
		emptyRange();

		AdviceReport report = this.service.advise(ALICE, null, Locale.ENGLISH);

		assertThat(report.asOf()).isEqualTo(LocalDate.parse("2026-11-21"));
		verify(this.nights).range(ALICE, LocalDate.parse("2026-11-07"), LocalDate.parse("2026-11-20"));
	}

	@Test
	void aUserWithNothingLoggedGetsFirstLineAdviceNotAnError() {
		given(this.accounts.zoneOf(ALICE)).willReturn(ZoneId.of("UTC"));
		emptyRange();

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
		verifyNoInteractions(this.nights);
	}

	@Test
	void tomorrowIsStillAllowed() {
		given(this.accounts.zoneOf(ALICE)).willReturn(ZoneId.of("UTC"));
		emptyRange();

		assertThat(this.service.advise(ALICE, LocalDate.parse("2026-11-21"), Locale.ENGLISH).asOf())
			.isEqualTo(LocalDate.parse("2026-11-21"));
	}

}
