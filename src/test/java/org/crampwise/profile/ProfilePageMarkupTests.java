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
 * English and Spanish, with and without errors. Expected files written from the templates before the change with
 * {@code -Dmarkup.write=true}.
 */
@WebMvcTest(ProfileController.class)
@WithAppSecurity
@Import({ MedicationCatalog.class, org.crampwise.account.AccountLocaleResolver.class })
class ProfilePageMarkupTests {

	static final AccountId ME = new AccountId(7);

	@Autowired
	MockMvcTester mvc;

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
