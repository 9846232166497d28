package org.crampwise.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import org.crampwise.account.AccountId;
import org.crampwise.support.SignedIn;
import org.crampwise.support.WithAppSecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The profile page's markup (its fields come from the shared fragments/forms.html) stays what it was when its
 * rendering is made cheaper (issue 11): the page's section, whitespace set aside, equals the one rendered before, in
 * English and Spanish, with and without errors; the same for the medication edit page, which shares the medication
 * fields. Expected files written from the templates before the change with
 * {@code -Dmarkup.write=true}.
 */
@WebMvcTest(ProfileController.class)
@WithAppSecurity
@Import({ MedicationCatalog.class, org.crampwise.account.AccountLocaleResolver.class,
		org.crampwise.system.HtmlFragments.class })
class ProfilePageMarkupTests {

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

	@MockitoBean
	ProfileService profiles;

	@MockitoBean
	MedicationService medications;

	@MockitoBean
	org.crampwise.account.Accounts accounts;

	@BeforeEach
	void user() {
		HealthProfile profile = new HealthProfile(1956, Pregnancy.NONE, Set.of(HealthCondition.values()[0]));
		given(this.profiles.profile(ME)).willReturn(profile);
		given(this.profiles.timeZone(ME)).willReturn("Europe/Paris");
		given(this.profiles.settings(ME)).willReturn(new ProfileService.Settings(profile, "Europe/Paris", null));
		given(this.medications.medications(ME)).willReturn(List.of(
				new Medication(3, "atorvastatin", DrugClass.values()[0], java.time.LocalDate.of(2026, 1, 5), null),
				new Medication(4, "Lasix <50>", DrugClass.values()[1], null, java.time.LocalDate.of(2026, 6, 1))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void thePageIsUnchanged(String language) throws IOException {
		assertSame("profile-" + language, this.mvc.get().uri("/profile"), language);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void aRejectedProfileIsUnchanged(String language) throws IOException {
		assertSame("profile-rejected-" + language, this.mvc.post()
			.uri("/profile")
			.with(csrf())
			.param("birthYear", "abc")
			.param("pregnancy", "NONE")
			.param("timeZone", "Asia/Tokyo"), language);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void aRejectedMedicationIsUnchanged(String language) throws IOException {
		assertSame("profile-medication-rejected-" + language, this.mvc.post()
			.uri("/profile/medications")
			.with(csrf())
			.param("name", "x")
			.param("startedOn", "not-a-date"), language);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void aFullProfileIsUnchanged(String language) throws IOException {
		HealthProfile profile = new HealthProfile(1990, Pregnancy.values()[Pregnancy.values().length - 1],
				Set.of(HealthCondition.values()));
		given(this.profiles.settings(ME))
			.willReturn(new ProfileService.Settings(profile, "America/Argentina/Buenos_Aires", java.util.Locale.forLanguageTag("es")));
		given(this.profiles.timeZone(ME)).willReturn("America/Argentina/Buenos_Aires");
		given(this.medications.medications(ME)).willReturn(List.of());
		assertSame("profile-full-" + language, this.mvc.get().uri("/profile"), language);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void aProfileRuleProblemIsUnchanged(String language) throws IOException {
		org.mockito.BDDMockito.willThrow(new org.crampwise.system.InvalidInputException(List.of(
				org.crampwise.system.FieldProblem.of("birthYear", "profile.error.birthYear", "1900", "2026"),
				org.crampwise.system.FieldProblem.of("pregnancy", "profile.error.conditions"),
				org.crampwise.system.FieldProblem.of("conditions", "profile.error.conditions"),
				org.crampwise.system.FieldProblem.of("timeZone", "profile.error.timeZone"),
				org.crampwise.system.FieldProblem.of("language", "account.problem.locale"))))
			.given(this.profiles)
			.update(org.mockito.ArgumentMatchers.eq(ME), org.mockito.ArgumentMatchers.any());
		assertSame("profile-rule-" + language, this.mvc.post()
			.uri("/profile")
			.with(csrf())
			.param("birthYear", "1800")
			.param("pregnancy", Pregnancy.values()[1].name())
			.param("conditions", HealthCondition.values()[1].name(), HealthCondition.values()[2].name())
			.param("timeZone", "Mars/Olympus_<Mons>")
			.param("language", "fr"), language);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void aMedicationRuleProblemIsUnchanged(String language) throws IOException {
		given(this.medications.add(org.mockito.ArgumentMatchers.eq(ME), org.mockito.ArgumentMatchers.any()))
			.willThrow(new org.crampwise.system.InvalidInputException(List.of(
					org.crampwise.system.FieldProblem.of("name", "medication.error.nameTooLong", 100),
					org.crampwise.system.FieldProblem.of("drugClass", "medication.error.nameRequired"),
					org.crampwise.system.FieldProblem.of("startedOn", "medication.error.dateOutOfBounds", "1900-01-01", "2100-12-31"),
					org.crampwise.system.FieldProblem.of("stoppedOn", "medication.error.stoppedBeforeStarted", "2026-03-01"))));
		assertSame("profile-medication-rule-" + language, this.mvc.post()
			.uri("/profile/medications")
			.with(csrf())
			.param("name", "Lasix <\"40\"> & co")
			.param("drugClass", DrugClass.values()[2].name())
			.param("startedOn", "2026-03-01")
			.param("stoppedOn", "2026-02-01"), language);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void theMedicationPageIsUnchanged(String language) throws IOException {
		given(this.medications.medication(ME, 3)).willReturn(new Medication(3, "Lasix <\"40\"> & co",
				DrugClass.values()[1], java.time.LocalDate.of(2026, 1, 5), java.time.LocalDate.of(2026, 6, 1)));
		assertSame("medication-edit-" + language, this.mvc.get().uri("/profile/medications/3/edit"), language);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void aRejectedMedicationEditIsUnchanged(String language) throws IOException {
		given(this.medications.medication(ME, 3)).willReturn(
				new Medication(3, "atorvastatin", DrugClass.values()[0], null, null));
		assertSame("medication-edit-rejected-" + language, this.mvc.post()
			.uri("/profile/medications/3")
			.with(csrf())
			.param("name", "atorvastatin")
			.param("drugClass", "NO_SUCH_CLASS")
			.param("startedOn", "2026-13-01")
			.param("stoppedOn", "<b>"), language);
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "es" })
	void aMedicationEditRuleProblemIsUnchanged(String language) throws IOException {
		given(this.medications.update(org.mockito.ArgumentMatchers.eq(ME), org.mockito.ArgumentMatchers.eq(3L),
				org.mockito.ArgumentMatchers.any()))
			.willThrow(new org.crampwise.system.InvalidInputException(List.of(
					org.crampwise.system.FieldProblem.of("name", "medication.error.nameTooLong", 100),
					org.crampwise.system.FieldProblem.of("drugClass", "medication.error.nameRequired"),
					org.crampwise.system.FieldProblem.of("startedOn", "medication.error.dateOutOfBounds", "1900-01-01", "2100-12-31"),
					org.crampwise.system.FieldProblem.of("stoppedOn", "medication.error.stoppedBeforeStarted", "2026-03-01"))));
		assertSame("medication-edit-rule-" + language, this.mvc.post()
			.uri("/profile/medications/3")
			.with(csrf())
			.param("name", "  Lasix 'x' & <co>  ")
			.param("drugClass", DrugClass.values()[DrugClass.values().length - 1].name())
			.param("startedOn", "2026-03-01")
			.param("stoppedOn", "2026-02-01"), language);
	}

	private void assertSame(String name, MockMvcRequestBuilder request, String language) throws IOException {
		String html = request.with(SignedIn.as(7)).header("Accept-Language", language).exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("<section class=\"narrow profile\">");
		String section = normalized(html.substring(html.indexOf("<section class=\"narrow profile\">"),
				html.indexOf("</section>") + "</section>".length()));
		Path expected = Path.of("src/test/resources/markup", name + ".html");
		if (Boolean.getBoolean("markup.write")) {
			Files.writeString(expected, section.replace("><", ">\n<") + "\n");
		}
		assertThat(section).isEqualTo(normalized(Files.readString(expected)));
	}

	/** Whitespace set aside (between tags and runs of it), and the request's CSRF token masked. */
	static String normalized(String html) {
		return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"-\"")
			.replaceAll(">\\s+", ">")
			.replaceAll("\\s+<", "<")
			.replaceAll("\\s+", " ")
			.strip();
	}

}
