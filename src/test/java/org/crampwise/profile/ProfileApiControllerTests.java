package org.crampwise.profile;

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
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.crampwise.account.AccountId;
import org.crampwise.account.Accounts;
import org.crampwise.support.WithAppSecurity;
import org.crampwise.support.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The profile and medication APIs with the real services, rules and catalog over mocked repositories: answers,
 * field-named problems with nothing stored, catalog look-ups and 404 for ids that are not the user's.
 */
@WebMvcTest({ ProfileApiController.class, MedicationApiController.class })
@WithAppSecurity
@Import({ ProfileService.class, MedicationService.class, ProfileRules.class,
		MedicationCatalog.class, ProfileApiControllerTests.FixedClock.class })
class ProfileApiControllerTests {

	static final AccountId ME = new AccountId(7);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	HealthProfileRepository profiles;

	@MockitoBean
	MedicationRepository medications;

	@MockitoBean
	Accounts accounts;

	@BeforeEach
	void userInParis() {
		given(this.accounts.zoneOf(ME)).willReturn(ZoneId.of("Europe/Paris"));
		given(this.profiles.saveAndFlush(any())).willAnswer(invocation -> invocation.getArgument(0));
	}

	@Test
	void aUserWithoutProfileReadsTheEmptyOneWithTheirTimeZone() {
		given(this.profiles.findById(7L)).willReturn(Optional.empty());

		assertThat(this.mvc.get().uri("/api/v1/profile").with(SignedIn.as(7))).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"birthYear\":null,\"pregnancy\":\"NONE\",\"conditions\":[],"
					+ "\"timeZone\":\"Europe/Paris\"}");
	}

	@Test
	void aPutReplacesTheProfileAndMayChangeTheTimeZone() {
		given(this.profiles.findById(7L)).willReturn(Optional.empty());

		assertThat(putProfile("{\"birthYear\":1952,\"pregnancy\":\"NONE\",\"conditions\":[\"KIDNEY_DISEASE\","
				+ "\"DIABETES\"],\"timeZone\":\"Europe/Paris\"}"))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				json.assertThat().extractingPath("$.birthYear").isEqualTo(1952);
				json.assertThat()
					.extractingPath("$.conditions")
					.asArray()
					.containsExactly("DIABETES", "KIDNEY_DISEASE");
			});
		verify(this.accounts).changeTimeZone(ME, "Europe/Paris");
	}

	@Test
	void aBadProfileNamesEveryBadFieldAndStoresNothing() {
		assertThat(putProfile("{\"birthYear\":1899,\"timeZone\":\"Mars/Base\"}")).hasStatus(400)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactly("birthYear", "timeZone");
		assertThat(putProfile("{\"birthYear\":2027}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].message")
			.isEqualTo("Must be a year from 1900 to 2026.");
		verify(this.profiles, never()).saveAndFlush(any());
		verify(this.accounts, never()).changeTimeZone(any(), anyString());
	}

	@Test
	void unknownCodesAreNamed() {
		assertThat(putProfile("{\"pregnancy\":\"FOURTH_TRIMESTER\"}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("pregnancy");
		assertThat(putProfile("{\"conditions\":[\"DIABETES\",\"GOUT\"]}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("conditions[1]");
		verify(this.profiles, never()).saveAndFlush(any());
	}

	@Test
	void aMedicationWithoutClassTakesTheCatalogsOrOther() {
		given(this.medications.saveAndFlush(any())).willAnswer(invocation -> withId(invocation.getArgument(0), 41));

		assertThat(postMedication("{\"name\":\"Zestril\",\"startedOn\":\"2026-10-01\"}")).hasStatus(201)
			.hasHeader("Location", "/api/v1/medications/41")
			.bodyJson()
			.isLenientlyEqualTo("{\"id\":41,\"name\":\"Zestril\",\"drugClass\":\"ACE_INHIBITOR\","
					+ "\"startedOn\":\"2026-10-01\",\"stoppedOn\":null}");
		assertThat(postMedication("{\"name\":\"wonderpill\"}")).hasStatus(201)
			.bodyJson()
			.extractingPath("$.drugClass")
			.isEqualTo("OTHER");
		assertThat(postMedication("{\"name\":\"my inhaler\",\"drugClass\":\"LONG_ACTING_BETA_AGONIST\"}"))
			.hasStatus(201)
			.bodyJson()
			.extractingPath("$.drugClass")
			.isEqualTo("LONG_ACTING_BETA_AGONIST");
	}

	@Test
	void aBadMedicationNamesEveryBadFieldAndStoresNothing() {
		assertThat(postMedication("{\"name\":\"  \",\"startedOn\":\"2026-10-01\",\"stoppedOn\":\"2026-09-30\"}"))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactly("name", "stoppedOn");
		assertThat(postMedication("{\"drugClass\":\"BETA_BLOCKER\",\"name\":\"x\"}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("drugClass");
		assertThat(postMedication("{\"name\":\"x\",\"startedOn\":\"1 Oct\"}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("startedOn");
		assertThat(postMedication("{\"id\":3,\"name\":\"x\"}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("id");
		verify(this.medications, never()).saveAndFlush(any());
	}

	@Test
	void anotherUsersMedicationIsNotFound() {
		given(this.medications.findByIdAndAccountId(anyLong(), anyLong())).willReturn(Optional.empty());

		assertThat(this.mvc.put()
			.uri("/api/v1/medications/99")
			.with(SignedIn.as(7))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Lasix\"}")).hasStatus(404)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mvc.delete().uri("/api/v1/medications/99").with(SignedIn.as(7)).with(csrf()))
			.hasStatus(404);
		verify(this.medications, times(2)).findByIdAndAccountId(99L, 7L);
		verify(this.medications, never()).delete(any());
	}

	@Test
	void aPutReplacesTheMedicationAndRechecksTheClass() {
		MedicationEntry stored = withId(new MedicationEntry(ME,
				new MedicationDraft("Zestril", null, LocalDate.of(2026, 10, 1), null), DrugClass.ACE_INHIBITOR), 5);
		given(this.medications.findByIdAndAccountId(5L, 7L)).willReturn(Optional.of(stored));
		given(this.medications.saveAndFlush(stored)).willReturn(stored);

		assertThat(this.mvc.put()
			.uri("/api/v1/medications/5")
			.with(SignedIn.as(7))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"id\":5,\"name\":\"Lasix\",\"startedOn\":\"2026-10-01\",\"stoppedOn\":\"2026-11-01\"}"))
			.hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"id\":5,\"name\":\"Lasix\",\"drugClass\":\"LOOP_DIURETIC\","
					+ "\"startedOn\":\"2026-10-01\",\"stoppedOn\":\"2026-11-01\"}");
	}

	@Test
	void theCatalogAnswersMatchesWithTheirNotes() {
		assertThat(this.mvc.get().uri("/api/v1/medications/catalog?q=Zest").with(SignedIn.as(7)))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				json.assertThat().extractingPath("$[0].name").isEqualTo("Zestril");
				json.assertThat().extractingPath("$[0].drugClass").isEqualTo("ACE_INHIBITOR");
				json.assertThat().extractingPath("$[0].crampAssociation").asString().contains("potassium");
			});
		assertThat(this.mvc.get().uri("/api/v1/medications/catalog").with(SignedIn.as(7))).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("q");
	}

	private MvcTestResult putProfile(String json) {
		return this.mvc.put()
			.uri("/api/v1/profile")
			.with(SignedIn.as(7))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private MvcTestResult postMedication(String json) {
		return this.mvc.post()
			.uri("/api/v1/medications")
			.with(SignedIn.as(7))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	/** Sets the id the database would assign. */
	static MedicationEntry withId(MedicationEntry entry, long id) {
		ReflectionTestUtils.setField(entry, "id", id);
		return entry;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-11-19T21:00:00Z"), ZoneOffset.UTC);
		}

	}

}
