package org.crampwise.checkin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;

import org.crampwise.account.AccountId;
import org.crampwise.account.Accounts;
import org.crampwise.support.WithAppSecurity;
import org.crampwise.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The check-in API's answers, with the real service and rules over a mocked repository: status codes, the
 * Location header, and a field-named problem for each kind of bad input, with nothing stored.
 */
@WebMvcTest(CheckInApiController.class)
@WithAppSecurity
@Import({ CheckInService.class, CheckInRules.class, CheckInApiControllerTests.FixedClock.class })
class CheckInApiControllerTests {

	/** 22:00 in Paris on 19 November 2026: tonight is the night of the 19th. */
	static final Instant NOW = Instant.parse("2026-11-19T21:00:00Z");

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	CheckInRepository repository;

	@MockitoBean
	Accounts accounts;

	@MockitoBean
	PlatformTransactionManager transactions;

	@BeforeEach
	void userInParis() {
		given(this.accounts.zoneOf(new AccountId(7))).willReturn(ZoneId.of("Europe/Paris"));
		given(this.repository.saveAndFlush(any())).willAnswer(invocation -> invocation.getArgument(0));
	}

	@Test
	void aFirstPutCreatesTheNightWith201AndLocation() {
		given(this.repository.findByAccountIdAndNightOf(7, LocalDate.of(2026, 11, 19))).willReturn(Optional.empty());

		assertThat(put("2026-11-19", "{\"waterMl\":1500,\"alcoholDrinks\":2,\"hoursFromLastDrinkToBed\":1.5,"
				+ "\"exercise\":\"HARD\",\"tightBedding\":true}"))
			.hasStatus(201)
			.hasHeader("Location", "/api/v1/checkins/2026-11-19")
			.bodyJson()
			.satisfies(json -> {
				json.assertThat().extractingPath("$.nightOf").isEqualTo("2026-11-19");
				json.assertThat().extractingPath("$.waterMl").isEqualTo(1500);
				json.assertThat().extractingPath("$.hoursFromLastDrinkToBed").isEqualTo(1.5);
				json.assertThat().extractingPath("$.exercise").isEqualTo("HARD");
				json.assertThat().extractingPath("$.stretchedBeforeBed").isNull();
			});
	}

	@Test
	void aSecondPutReplacesTheNightWith200AndForgetsOmittedAnswers() {
		LocalDate night = LocalDate.of(2026, 11, 18);
		NightlyCheckIn stored = new NightlyCheckIn(new AccountId(7),
				new CheckIn(night, 1500, 2, 1.0, 8.0, 2.0, ExerciseLevel.HARD, true, true, 3, true, true));
		given(this.repository.findByAccountIdAndNightOf(7, night)).willReturn(Optional.of(stored));

		assertThat(put("2026-11-18", "{\"nightOf\":\"2026-11-18\",\"waterMl\":750}")).hasStatus(200)
			.bodyJson()
			.satisfies(json -> {
				json.assertThat().extractingPath("$.waterMl").isEqualTo(750);
				json.assertThat().extractingPath("$.alcoholDrinks").isNull();
				json.assertThat().extractingPath("$.tightBedding").isNull();
			});
	}

	@Test
	void outOfRangeValuesAreEachNamedAndNothingIsStored() {
		assertThat(put("2026-11-19", "{\"waterMl\":10001,\"alcoholDrinks\":0,\"hoursFromLastDrinkToBed\":2,"
				+ "\"standingHours\":16,\"sittingHours\":9,\"potassiumFoodServings\":21}"))
			.hasStatus(400)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.satisfies(json -> {
				json.assertThat()
					.extractingPath("$.errors[*].field")
					.asArray()
					.containsExactly("waterMl", "hoursFromLastDrinkToBed", "sittingHours", "potassiumFoodServings");
				json.assertThat().extractingPath("$.errors[0].message").isEqualTo("Must be between 0 and 10000 ml (40 glasses).");
			});
		verify(this.repository, never()).saveAndFlush(any());
	}

	@Test
	void aNightAfterTonightIsRefused() {
		assertThat(put("2026-11-20", "{}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("nightOf");
		verify(this.repository, never()).saveAndFlush(any());
	}

	@Test
	void aBodyForAnotherNightThanThePathIsRefused() {
		assertThat(put("2026-11-19", "{\"nightOf\":\"2026-11-18\"}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("nightOf");
		verify(this.repository, never()).saveAndFlush(any());
	}

	@Test
	void anUnknownExerciseCodeIsNamed() {
		assertThat(put("2026-11-19", "{\"exercise\":\"EXTREME\"}")).hasStatus(400)
			.bodyJson()
			.satisfies(json -> {
				json.assertThat().extractingPath("$.errors[0].field").isEqualTo("exercise");
				json.assertThat().extractingPath("$.errors[0].message").asString().contains("MODERATE");
			});
	}

	@Test
	void wrongTypesAndUnknownFieldsAreNamed() {
		assertThat(put("2026-11-19", "{\"waterMl\":1.5}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("waterMl");
		assertThat(put("2026-11-19", "{\"stretchedBeforeBed\":\"often\"}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("stretchedBeforeBed");
		assertThat(put("2026-11-19", "{\"coffee\":3}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("coffee");
		verify(this.repository, never()).saveAndFlush(any());
	}

	@Test
	void aMalformedNightInThePathIsNamed() {
		assertThat(put("2026-02-30", "{}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("nightOf");
	}

	@Test
	void aMissingNightIs404() {
		given(this.repository.findByAccountIdAndNightOf(7, LocalDate.of(2026, 11, 1))).willReturn(Optional.empty());

		assertThat(this.mvc.get().uri("/api/v1/checkins/2026-11-01").with(SignedIn.as(7))).hasStatus(404)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mvc.delete().uri("/api/v1/checkins/2026-11-01").with(SignedIn.as(7)).with(csrf()))
			.hasStatus(404);
	}

	@Test
	void deletingASavedNightIs204() {
		LocalDate night = LocalDate.of(2026, 11, 2);
		NightlyCheckIn stored = new NightlyCheckIn(new AccountId(7), CheckInRulesTests.blank(night));
		given(this.repository.findByAccountIdAndNightOf(7, night)).willReturn(Optional.of(stored));

		assertThat(this.mvc.delete().uri("/api/v1/checkins/2026-11-02").with(SignedIn.as(7)).with(csrf()))
			.hasStatus(204);
		verify(this.repository).delete(stored);
	}

	@Test
	void theListRefusesAPageTooLargeAndARangeBackwards() {
		assertThat(this.mvc.get().uri("/api/v1/checkins?size=501").with(SignedIn.as(7))).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("size");
		assertThat(this.mvc.get().uri("/api/v1/checkins?from=2026-11-10&to=2026-11-01").with(SignedIn.as(7)))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("to");
		assertThat(this.mvc.get().uri("/api/v1/checkins?from=yesterday").with(SignedIn.as(7))).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("from");
	}

	@Test
	void withoutSignInTheApiAnswers401() {
		assertThat(this.mvc.get().uri("/api/v1/checkins")).hasStatus(401);
		verify(this.repository, never()).findByAccountIdAndNightOf(anyLong(), any());
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult put(String night, String json) {
		return this.mvc.put()
			.uri("/api/v1/checkins/" + night)
			.with(SignedIn.as(7))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

}
