package org.crampwise.profile;

import java.util.List;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.crampwise.account.AccountId;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.ResourceNotFoundException;
import org.crampwise.support.WithAppSecurity;
import org.crampwise.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The profile page: field errors from the rules, the medication forms, and 404 for ids that are not the user's. */
@WebMvcTest(ProfileController.class)
@WithAppSecurity
@Import({ MedicationCatalog.class, org.crampwise.account.AccountLocaleResolver.class,
		org.crampwise.system.HtmlFragments.class })
class ProfileControllerTests {

	static final AccountId ME = new AccountId(7);

	@Autowired
	MockMvcTester mvc;

	/** A new data version for every request (the services are mocks), so no page comes from the cache. */
	@MockitoBean(answers = org.mockito.Answers.CALLS_REAL_METHODS)
	org.crampwise.system.DataVersions versions;

	private static final java.util.concurrent.atomic.AtomicLong VERSION = new java.util.concurrent.atomic.AtomicLong();

	@org.junit.jupiter.api.BeforeEach
	void newVersionEachRequest() {
		org.mockito.Mockito.doAnswer(call -> VERSION.incrementAndGet())
			.when(this.versions)
			.current(org.mockito.ArgumentMatchers.anyLong());
	}

	@Autowired
	org.springframework.context.MessageSource messages;

	@MockitoBean
	ProfileService profiles;

	@MockitoBean
	MedicationService medications;

	@MockitoBean
	org.crampwise.account.Accounts accounts;

	@BeforeEach
	void user() {
		given(this.profiles.profile(ME)).willReturn(HealthProfile.EMPTY);
		given(this.profiles.timeZone(ME)).willReturn("Z");
		given(this.profiles.settings(ME)).willReturn(new ProfileService.Settings(HealthProfile.EMPTY, "Z", null));
		given(this.medications.medications(ME)).willReturn(List.of());
	}

	@Test
	void theCurrentZoneIsOfferedEvenWhenItIsNotARegion() {
		assertThat(this.mvc.get().uri("/profile").with(SignedIn.as(7))).hasStatusOk()
			.hasViewName(ProfileController.VIEW)
			.model()
			.hasEntrySatisfying("zones", zones -> assertThat(zones).asInstanceOf(InstanceOfAssertFactories.list(String.class))
				.startsWith("Z")
				.contains("Europe/Paris"));
	}

	@Test
	void theTimeZoneSelectOffersEveryZoneWithTheCurrentOneSelected() {
		given(this.profiles.timeZone(ME)).willReturn("Europe/Paris");
		given(this.profiles.settings(ME))
			.willReturn(new ProfileService.Settings(HealthProfile.EMPTY, "Europe/Paris", null));

		assertThat(this.mvc.get().uri("/profile").with(SignedIn.as(7))).hasStatusOk()
			.bodyText()
			.contains("id=\"timeZone\" name=\"timeZone\">")
			.contains("<option value=\"Europe/Paris\" selected=\"selected\">Europe/Paris</option>")
			.contains("<option value=\"Asia/Tokyo\">Asia/Tokyo</option>")
			.doesNotContain("<option value=\"Europe/Oslo\" selected");
	}

	@Test
	void aRefusedFormKeepsTheZoneThatWasChosen() {
		given(this.profiles.update(eq(ME), any())).willThrow(new InvalidInputException("birthYear", "Must be a year"));

		assertThat(this.mvc.post().uri("/profile").with(SignedIn.as(7)).with(csrf()).param("birthYear", "1800")
			.param("timeZone", "Asia/Tokyo")).hasStatusOk()
			.bodyText()
			.contains("<option value=\"Asia/Tokyo\" selected=\"selected\">");
	}

	@Test
	void aRuleProblemIsShownBesideItsField() {
		given(this.profiles.update(eq(ME), any())).willThrow(new InvalidInputException("birthYear", "Must be a year"));

		assertThat(this.mvc.post().uri("/profile").with(SignedIn.as(7)).with(csrf()).param("birthYear", "1800"))
			.hasStatusOk()
			.model()
			.extractingBindingResult("profileForm")
			.hasFieldErrors("birthYear");
	}

	@Test
	void conditionsAndTimeZoneAreBoundAndSaved() {
		given(this.profiles.update(eq(ME), any())).willReturn(HealthProfile.EMPTY);

		assertThat(this.mvc.post()
			.uri("/profile")
			.with(SignedIn.as(7))
			.with(csrf())
			.param("birthYear", "1950")
			.param("pregnancy", "NONE")
			.param("conditions", "DIABETES", "LIVER_DISEASE")
			.param("timeZone", "Asia/Tokyo")).hasRedirectedUrl("/profile");
		verify(this.profiles).update(ME, new ProfileChange(1950, Pregnancy.NONE,
				java.util.Set.of(HealthCondition.DIABETES, HealthCondition.LIVER_DISEASE), "Asia/Tokyo"));
	}

	@Test
	void anUnknownConditionCodeIsAFieldErrorNotA500() {
		assertThat(this.mvc.post()
			.uri("/profile")
			.with(SignedIn.as(7))
			.with(csrf())
			.param("conditions", "GOUT")).hasStatusOk()
			.model()
			.extractingBindingResult("profileForm")
			.hasFieldErrors("conditions");
		verify(this.profiles, never()).update(any(), any());
	}

	@Test
	void theProfileSaysWhatAMedicineMeansForCrampsInPlainWords() {
		given(this.medications.medications(ME))
			.willReturn(List.of(new Medication(3, "hydrochlorothiazide", DrugClass.THIAZIDE_DIURETIC, null, null)));
		assertThat(this.mvc.get().uri("/profile").with(SignedIn.as(7))).hasStatusOk()
			.bodyText()
			.contains("Linked with more leg cramps. It can also lower the potassium in your blood.")
			.doesNotContain("sequence ratio")
			.doesNotContain("95% CI");
	}

	@Test
	void everyKindOfMedicineHasItsPlainWords() {
		for (DrugClass drugClass : DrugClass.values()) {
			assertThat(this.messages.getMessage("medication.plain." + drugClass.name(), null, null,
					java.util.Locale.ENGLISH))
				.as(drugClass.name())
				.isNotBlank();
		}
	}

	@Test
	void aNameNotInTheCatalogSaysItIsSavedAsOther() {
		assertThat(this.mvc.post()
			.uri("/profile/medications")
			.with(SignedIn.as(7))
			.with(csrf())
			.param("name", "Zzyzx tonic")).hasStatus3xxRedirection()
			.flash()
			.containsEntry("message", "medication.addedAsOther");
		assertThat(this.mvc.post()
			.uri("/profile/medications")
			.with(SignedIn.as(7))
			.with(csrf())
			.param("name", "furosemide")).flash().containsEntry("message", "medication.added");
	}

	@Test
	void anotherUsersMedicationIsANotFoundPage() {
		given(this.medications.medication(ME, 99)).willThrow(new ResourceNotFoundException("medication", 99));
		given(this.medications.stop(ME, 99)).willThrow(new ResourceNotFoundException("medication", 99));

		assertThat(this.mvc.get().uri("/profile/medications/99/edit").with(SignedIn.as(7))).hasStatus(404)
			.hasViewName("error/404");
		assertThat(this.mvc.post().uri("/profile/medications/99/stop").with(SignedIn.as(7)).with(csrf()))
			.hasStatus(404);
	}

	@Test
	void theEditPageShowsTheMedication() {
		given(this.medications.medication(ME, 3))
			.willReturn(new Medication(3, "Lasix", DrugClass.LOOP_DIURETIC, java.time.LocalDate.of(2026, 10, 1), null));

		assertThat(this.mvc.get().uri("/profile/medications/3/edit").with(SignedIn.as(7))).hasStatusOk()
			.hasViewName(ProfileController.MEDICATION_VIEW)
			.bodyText()
			.contains("value=\"Lasix\"", "value=\"2026-10-01\"", "<option value=\"LOOP_DIURETIC\" selected=\"selected\"");
	}

	@Test
	void aMedicationWithoutClassIsLeftForTheCatalog() {
		given(this.medications.add(eq(ME), any()))
			.willReturn(new Medication(3, "Lasix", DrugClass.LOOP_DIURETIC, null, null));

		assertThat(this.mvc.post()
			.uri("/profile/medications")
			.with(SignedIn.as(7))
			.with(csrf())
			.param("name", "Lasix")
			.param("drugClass", "")
			.param("startedOn", "2026-10-01")).hasRedirectedUrl("/profile#medications");
		verify(this.medications).add(ME,
				new MedicationDraft("Lasix", null, java.time.LocalDate.of(2026, 10, 1), null));
	}

}
