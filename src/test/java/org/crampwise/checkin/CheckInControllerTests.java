package org.crampwise.checkin;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.crampwise.account.AccountId;
import org.crampwise.system.FieldProblem;
import org.crampwise.system.InvalidInputException;
import org.crampwise.support.WithAppSecurity;
import org.crampwise.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The check-in pages: pre-filling, binding errors and rule errors beside their fields, redirects. */
@WebMvcTest(CheckInController.class)
@WithAppSecurity
@org.springframework.context.annotation.Import(org.crampwise.system.HtmlFragments.class)
class CheckInControllerTests {

	static final AccountId ME = new AccountId(7);

	static final LocalDate TONIGHT = LocalDate.of(2026, 11, 19);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	CheckInService checkIns;

	/** The page's "no cramps" prompt (another module): answers null, so no prompt is shown. */
	@MockitoBean(name = "nightPrompts")
	org.crampwise.nights.NightPrompts nightPrompts;

	/** Tonight's experiment task (another module): answers null, so no task is shown. */
	@MockitoBean(name = "experimentTasks")
	org.crampwise.experiments.ExperimentPages experimentTasks;

	/** A new data version for every request (the service is a mock), so no page comes from the cache. */
	@MockitoBean(answers = org.mockito.Answers.CALLS_REAL_METHODS)
	org.crampwise.system.DataVersions versions;

	private static final java.util.concurrent.atomic.AtomicLong VERSION = new java.util.concurrent.atomic.AtomicLong();

	@BeforeEach
	void tonight() {
		org.mockito.Mockito.doAnswer(call -> VERSION.incrementAndGet())
			.when(this.versions)
			.current(org.mockito.ArgumentMatchers.anyLong());
		given(this.checkIns.tonight(ME)).willReturn(TONIGHT);
		given(this.checkIns.checkIn(any(), any())).willReturn(Optional.empty());
		given(this.checkIns.checkInsBetween(any(), any(), any())).willReturn(List.of());
	}

	@Test
	void tonightsPageIsPrefilledFromTheLatestEarlierNight() {
		CheckIn earlier = new CheckIn(TONIGHT.minusDays(2), 1500, 1, 2.0, 7.5, 3.0, ExerciseLevel.LIGHT, true, null,
				null, null, false);
		given(this.checkIns.checkInsBetween(ME, TONIGHT.minusDays(13), TONIGHT)).willReturn(List.of(earlier));

		assertThat(this.mvc.get().uri("/checkin").with(SignedIn.as(7))).hasStatusOk()
			.hasViewName(CheckInController.VIEW)
			.model()
			.containsEntry("prefilledFrom", TONIGHT.minusDays(2))
			.containsEntry("saved", false)
			.containsEntry(CheckInController.FORM, CheckInForm.of(earlier));
		// the look-back strip's own read answered both questions
		verify(this.checkIns, never()).checkIn(any(), any());
		verify(this.checkIns, never()).latestBefore(any(), any());
	}

	@Test
	void aSavedNightOfTheStripIsShownAsSavedWithItsAnswers() {
		CheckIn tonights = new CheckIn(TONIGHT, 2000, 0, null, 6.0, 4.0, ExerciseLevel.NONE, false, null, null, null,
				false);
		CheckIn before = new CheckIn(TONIGHT.minusDays(1), 1500, 1, 2.0, 7.5, 3.0, ExerciseLevel.LIGHT, true, null,
				null, null, false);
		given(this.checkIns.checkInsBetween(ME, TONIGHT.minusDays(13), TONIGHT)).willReturn(List.of(tonights, before));

		assertThat(this.mvc.get().uri("/checkin").with(SignedIn.as(7))).hasStatusOk()
			.model()
			.containsEntry("saved", true)
			.containsEntry(CheckInController.FORM, CheckInForm.of(tonights));
		assertThat(this.mvc.get().uri("/checkin/" + TONIGHT.minusDays(1)).with(SignedIn.as(7))).hasStatusOk()
			.model()
			.containsEntry("saved", true)
			.containsEntry(CheckInController.FORM, CheckInForm.of(before));
	}

	@Test
	void withNothingEarlierInTheStripTheLatestBeforeTheStripFillsTheNight() {
		CheckIn older = new CheckIn(TONIGHT.minusDays(40), 1500, 1, 2.0, 7.5, 3.0, ExerciseLevel.LIGHT, true, null,
				null, null, false);
		CheckIn later = new CheckIn(TONIGHT, 2000, 0, null, 6.0, 4.0, ExerciseLevel.NONE, false, null, null, null,
				false);
		given(this.checkIns.checkInsBetween(ME, TONIGHT.minusDays(13), TONIGHT)).willReturn(List.of(later));
		given(this.checkIns.latestBefore(ME, TONIGHT.minusDays(13))).willReturn(Optional.of(older));

		assertThat(this.mvc.get().uri("/checkin/" + TONIGHT.minusDays(5)).with(SignedIn.as(7))).hasStatusOk()
			.model()
			.containsEntry("saved", false)
			.containsEntry("prefilledFrom", TONIGHT.minusDays(40))
			.containsEntry(CheckInController.FORM, CheckInForm.of(older));
	}

	@Test
	void aNightBeforeTheStripIsReadOnItsOwn() {
		LocalDate night = TONIGHT.minusDays(30);
		CheckIn older = new CheckIn(night.minusDays(3), 1500, 1, 2.0, 7.5, 3.0, ExerciseLevel.LIGHT, true, null,
				null, null, false);
		CheckIn later = new CheckIn(TONIGHT, 2000, 0, null, 6.0, 4.0, ExerciseLevel.NONE, false, null, null, null,
				false);
		given(this.checkIns.checkInsBetween(ME, TONIGHT.minusDays(13), TONIGHT)).willReturn(List.of(later));
		given(this.checkIns.latestBefore(ME, night)).willReturn(Optional.of(older));

		assertThat(this.mvc.get().uri("/checkin/" + night).with(SignedIn.as(7))).hasStatusOk()
			.model()
			.containsEntry("saved", false)
			.containsEntry("prefilledFrom", night.minusDays(3))
			.containsEntry(CheckInController.FORM, CheckInForm.of(older));
		verify(this.checkIns).checkIn(ME, night);
	}

	@Test
	void aFutureNightRedirectsToTonightWithAMessage() {
		assertThat(this.mvc.get().uri("/checkin/2026-11-20").with(SignedIn.as(7))).hasStatus3xxRedirection()
			.hasRedirectedUrl("/checkin")
			.flash()
			.containsEntry("error", "checkin.future");
	}

	@Test
	void theGoToFieldOpensThatNight() {
		assertThat(this.mvc.get().uri("/checkin?night=2026-11-02").with(SignedIn.as(7)))
			.hasRedirectedUrl("/checkin/2026-11-02");
	}

	@Test
	void anUnreadableNumberIsNamedBesideItsFieldAndNothingIsSaved() {
		assertThat(this.mvc.post()
			.uri("/checkin/2026-11-19")
			.with(SignedIn.as(7))
			.with(csrf())
			.param("sittingHours", "three")
			.param("waterAmount", "6")
			.param("waterUnit", "GLASSES")).hasStatusOk()
			.hasViewName(CheckInController.VIEW)
			.model()
			.extractingBindingResult(CheckInController.FORM)
			.hasFieldErrors("sittingHours");
		verify(this.checkIns, never()).save(any(), any());
	}

	@Test
	void aRuleProblemIsShownBesideThePageFieldOfTheSameAnswer() {
		given(this.checkIns.save(eq(ME), any()))
			.willThrow(new InvalidInputException(List.of(new FieldProblem("waterMl", "Must be between 0 and 10000 ml."),
					new FieldProblem("nightOf", "Must not be after tonight."))));

		assertThat(this.mvc.post()
			.uri("/checkin/2026-11-19")
			.with(SignedIn.as(7))
			.with(csrf())
			.param("waterAmount", "50")
			.param("waterUnit", "GLASSES")).hasStatusOk()
			.model()
			.extractingBindingResult(CheckInController.FORM)
			.hasFieldErrors("waterAmount")
			.satisfies(result -> assertThat(result.getGlobalErrorCount()).isOne());
	}

	@Test
	void aSavedCheckInRedirectsToItsNight() {
		given(this.checkIns.save(eq(ME), any())).willReturn(
				new CheckInService.Saved(CheckInRulesTests.blank(TONIGHT.minusDays(1)), true));

		assertThat(this.mvc.post()
			.uri("/checkin/2026-11-18")
			.with(SignedIn.as(7))
			.with(csrf())
			.param("waterAmount", "1500")
			.param("waterUnit", "ML")
			.param("exercise", "HARD")
			.param("tightBedding", "true")).hasRedirectedUrl("/checkin/2026-11-18")
			.flash()
			.containsEntry("message", "checkin.saved");
		verify(this.checkIns).save(ME, new CheckIn(TONIGHT.minusDays(1), 1500, null, null, null, null,
				ExerciseLevel.HARD, null, null, null, null, true));
	}

	@Test
	void thePageNeedsSignIn() {
		assertThat(this.mvc.get().uri("/checkin")).hasStatus3xxRedirection();
	}

}
