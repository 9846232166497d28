package org.crampwise.checkin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;

import org.crampwise.account.AccountId;
import org.crampwise.account.Accounts;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.ResourceNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

@ExtendWith(MockitoExtension.class)
class CheckInServiceTests {

	static final AccountId ME = new AccountId(7);

	/** 01:30 in Paris on 20 November: still the night of the 19th. */
	static final Instant NOW = Instant.parse("2026-11-20T00:30:00Z");

	@Mock
	CheckInRepository repository;

	@Mock
	Accounts accounts;

	@Mock
	PlatformTransactionManager transactions;

	CheckInService service;

	@BeforeEach
	void service() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.setUseCodeAsDefaultMessage(true);
		this.service = new CheckInService(this.repository, new CheckInRules(messages), this.accounts,
				Clock.fixed(NOW, ZoneOffset.UTC), this.transactions);
	}

	@Test
	void tonightFollowsTheNightRuleInTheUsersZone() {
		given(this.accounts.zoneOf(ME)).willReturn(ZoneId.of("Europe/Paris"));
		assertThat(this.service.tonight(ME)).isEqualTo(LocalDate.of(2026, 11, 19));
	}

	@Test
	void tonightIsTheCalendarDayFromNoonOn() {
		// 00:30 UTC is 13:30 in Auckland on the 20th: the night of the 20th has begun there
		given(this.accounts.zoneOf(ME)).willReturn(ZoneId.of("Pacific/Auckland"));
		assertThat(this.service.tonight(ME)).isEqualTo(LocalDate.of(2026, 11, 20));
	}

	@Test
	void aFirstSaveOfANightCreatesIt() {
		given(this.accounts.zoneOf(ME)).willReturn(ZoneId.of("Europe/Paris"));
		given(this.repository.findByAccountIdAndNightOf(7, LocalDate.of(2026, 11, 19))).willReturn(Optional.empty());
		given(this.repository.saveAndFlush(any())).willAnswer(invocation -> invocation.getArgument(0));

		CheckIn answers = withWater(LocalDate.of(2026, 11, 19), 1500);
		CheckInService.Saved saved = this.service.save(ME, answers);

		assertThat(saved.created()).isTrue();
		assertThat(saved.checkIn()).isEqualTo(answers);
	}

	@Test
	void aSecondSaveReplacesEveryAnswer() {
		LocalDate night = LocalDate.of(2026, 11, 18);
		NightlyCheckIn stored = new NightlyCheckIn(ME, new CheckIn(night, 1500, 2, 1.0, 8.0, 2.0,
				ExerciseLevel.HARD, true, true, 3, true, true));
		given(this.accounts.zoneOf(ME)).willReturn(ZoneId.of("Europe/Paris"));
		given(this.repository.findByAccountIdAndNightOf(7, night)).willReturn(Optional.of(stored));
		given(this.repository.saveAndFlush(stored)).willReturn(stored);

		CheckInService.Saved saved = this.service.save(ME, withWater(night, 750));

		assertThat(saved.created()).isFalse();
		assertThat(saved.checkIn()).isEqualTo(withWater(night, 750));
	}

	@Test
	void aRejectedCheckInStoresNothing() {
		given(this.accounts.zoneOf(ME)).willReturn(ZoneId.of("Europe/Paris"));

		assertThatThrownBy(() -> this.service.save(ME, withWater(LocalDate.of(2026, 11, 19), 10_001)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).extracting("field").containsExactly("waterMl"));
		verify(this.repository, never()).saveAndFlush(any());
		verify(this.repository, never()).findByAccountIdAndNightOf(anyLong(), any());
	}

	@Test
	void aConcurrentFirstSaveOfTheSameNightIsRetriedAsAReplacement() {
		LocalDate night = LocalDate.of(2026, 11, 19);
		NightlyCheckIn winner = new NightlyCheckIn(ME, withWater(night, 250));
		given(this.accounts.zoneOf(ME)).willReturn(ZoneId.of("Europe/Paris"));
		given(this.repository.findByAccountIdAndNightOf(7, night)).willReturn(Optional.empty(), Optional.of(winner));
		willAnswer(invocation -> {
			if (invocation.getArgument(0) != winner) {
				throw new DataIntegrityViolationException("uk_checkins_account_night");
			}
			return winner;
		}).given(this.repository).saveAndFlush(any());

		CheckInService.Saved saved = this.service.save(ME, withWater(night, 2000));

		assertThat(saved.created()).isFalse();
		assertThat(saved.checkIn().waterMl()).isEqualTo(2000);
		verify(this.repository, times(2)).saveAndFlush(any());
	}

	@Test
	void deletingANightWithoutCheckInIsNotFound() {
		given(this.repository.findByAccountIdAndNightOf(7, LocalDate.of(2026, 11, 1))).willReturn(Optional.empty());

		assertThatThrownBy(() -> this.service.delete(ME, LocalDate.of(2026, 11, 1)))
			.isInstanceOf(ResourceNotFoundException.class);
	}

	private static long anyLong() {
		return org.mockito.ArgumentMatchers.anyLong();
	}

	private static CheckIn withWater(LocalDate night, int ml) {
		return new CheckIn(night, ml, null, null, null, null, null, null, null, null, null, null);
	}

}
