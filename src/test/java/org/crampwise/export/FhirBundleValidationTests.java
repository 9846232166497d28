package org.crampwise.export;

import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;

import org.crampwise.support.ApiUser;
import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The FHIR bundle of a varied diary (a complete calf cramp, a foot cramp while travelling, a daytime thigh cramp
 * with a warning sign, an episode saved by the timer without intensity, muscle or side, medications with and
 * without dates) validated by HAPI's {@link FhirInstanceValidator} against the R4 core: zero errors. Then the
 * mapping of clinical-reference.md section 5, element by element.
 */
@IntegrationTest
class FhirBundleValidationTests {

	/** Slow to warm up (about 15 s): one for the whole test JVM. */
	static final FhirValidator VALIDATOR = validator();

	@Autowired
	RestTestClient client;

	@Test
	void theBundleValidatesAgainstR4CoreWithoutErrorsAndMapsEachEpisode() {
		ApiUser user = ApiUser.register(this.client, "fhir");
		String night = ApiUser.tonight().minusDays(3).toString();
		String morning = ApiUser.tonight().minusDays(2).toString();
		user.put("/api/v1/profile", "{\"birthYear\":1948,\"pregnancy\":\"NONE\",\"conditions\":[\"DIABETES\"]}");
		user.put("/api/v1/checkins/" + night, """
				{"waterMl":700,"alcoholDrinks":3,"hoursFromLastDrinkToBed":1,"standingHours":8,"tightBedding":true,
				 "stretchedBeforeBed":false}""");
		user.create("/api/v1/medications", "{\"name\":\"salmeterol\",\"startedOn\":\"" + night + "\"}");
		user.create("/api/v1/medications", "{\"name\":\"my herbal tea\"}");
		user.create("/api/v1/medications",
				"{\"name\":\"furosemide\",\"startedOn\":\"2025-01-01\",\"stoppedOn\":\"" + morning + "\"}");
		user.logEpisode("""
				{"startedAt":"%sT02:14:00+01:00","durationSeconds":90,"intensity":7,"muscle":"CALF","side":"LEFT",
				 "wokeFromSleep":true,"reliefsTried":["STRETCH_DURING_CRAMP","APPLY_HEAT"],
				 "helpedMost":"STRETCH_DURING_CRAMP","notes":"sharp, \\"knotted\\" calf"}""".formatted(morning));
		user.logEpisode("""
				{"startedAt":"%sT01:30:00-05:00","durationSeconds":700,"intensity":4,"muscle":"FOOT","side":"BOTH"}"""
			.formatted(morning));
		user.logEpisode("""
				{"startedAt":"%sT15:00:00+01:00","durationSeconds":30,"intensity":2,"muscle":"THIGH","side":"RIGHT",
				 "warningSigns":["MUSCLE_WEAKNESS"]}""".formatted(night));
		user.create("/api/v1/episodes/timer", "{}");
		user.create("/api/v1/episodes/timer/stop", "{}");

		String json = user.get("/api/v1/export/fhir?from=" + ApiUser.tonight().minusDays(6))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		ValidationResult result = VALIDATOR.validateWithResult(json);
		List<SingleValidationMessage> errors = result.getMessages()
			.stream()
			.filter(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
			.toList();
		result.getMessages().forEach(message -> System.out.println("FHIR validation: " + message.getSeverity() + " "
				+ message.getLocationString() + " " + message.getMessage()));
		assertThat(errors).as("validation errors").isEmpty();
		assertThat(result.getMessages()).as("every resource carries a narrative")
			.noneMatch(message -> message.getMessage().contains("dom-6"));

		Bundle bundle = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, json);
		assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
		assertThat(bundle.getEntry()).allSatisfy(entry -> assertThat(entry.getFullUrl()).startsWith("urn:uuid:"));
		Patient patient = resources(bundle, Patient.class).get(0);
		String patientUrl = bundle.getEntry().get(0).getFullUrl();
		assertThat(patient.getNameFirstRep().getUse()).isEqualTo(HumanName.NameUse.ANONYMOUS);
		assertThat(patient.getNameFirstRep().getText()).isEqualTo(user.username());
		assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("1948");

		List<Observation> observations = resources(bundle, Observation.class);
		assertThat(observations).hasSize(4);
		for (Observation observation : observations) {
			assertThat(codes(observation.getCode())).containsExactly("http://loinc.org|75325-1");
			assertThat(observation.getSubject().getReference()).isEqualTo(patientUrl);
			assertThat(observation.getPerformerFirstRep().getReference()).isEqualTo(patientUrl);
			assertThat(codes(observation.getValueCodeableConcept())).startsWith("http://snomed.info/sct|55300003");
			assertThat(observation.getEffectivePeriod().hasStart()).isTrue();
			assertThat(observation.getEffectivePeriod().hasEnd()).isTrue();
		}
		Observation calf = withNote(observations, "sharp, \"knotted\" calf");
		assertThat(codes(calf.getValueCodeableConcept())).containsExactly("http://snomed.info/sct|55300003",
				"http://snomed.info/sct|449918009");
		assertThat(calf.getValueCodeableConcept().getCoding().get(1).getUserSelected()).isTrue();
		assertThat(codes(calf.getBodySite())).containsExactly("http://snomed.info/sct|53840002");
		assertThat(calf.getBodySite().getText()).isEqualTo("Calf, left");
		assertThat(component(calf, "72514-3")).extracting(c -> ((IntegerType) c.getValue()).getValue())
			.containsExactly(7);
		assertThat(component(calf, "100753-3")).extracting(c -> c.getValueCodeableConcept().getText())
			.containsExactly("Stretching (helped most)", "Heat (tried)");
		assertThat(component(calf, "100752-5")).extracting(c -> c.getValueCodeableConcept().getText())
			.containsExactly("Last alcoholic drink 2 h or less before bed (self-reported that night)",
					"3 or more standard drinks (self-reported that night)",
					"Less than 1500 ml of water (self-reported that night)",
					"Standing 6 h or more (self-reported that night)",
					"Bedding tight over the feet (self-reported that night)", "Started salmeterol on " + night);
		assertThat(calf.getEffectivePeriod().getStartElement().getValueAsString()).isEqualTo(morning + "T02:14:00+01:00");
		assertThat(calf.getEffectivePeriod().getEndElement().getValueAsString()).isEqualTo(morning + "T02:15:30+01:00");

		Observation timed = observations.stream()
			.filter(o -> component(o, "72514-3").isEmpty())
			.findFirst()
			.orElseThrow();
		assertThat(timed.hasBodySite()).as("no muscle nor side given").isFalse();
		assertThat(codes(timed.getValueCodeableConcept())).containsExactly("http://snomed.info/sct|55300003");

		Observation daytime = withNote(observations, "Warning signs noted by the patient: Muscle weakness.");
		assertThat(daytime.getBodySite().getText()).isEqualTo("Thigh, right");
		assertThat(daytime.getBodySite().hasCoding()).isFalse();

		List<MedicationStatement> statements = resources(bundle, MedicationStatement.class);
		assertThat(statements).extracting(s -> s.getMedicationCodeableConcept().getText())
			.containsExactlyInAnyOrder("salmeterol", "my herbal tea", "furosemide");
		MedicationStatement furosemide = statements.stream()
			.filter(s -> s.getMedicationCodeableConcept().getText().equals("furosemide"))
			.findFirst()
			.orElseThrow();
		assertThat(furosemide.getStatus()).isEqualTo(MedicationStatement.MedicationStatementStatus.COMPLETED);
		assertThat(furosemide.getEffectivePeriod().getEndElement().getValueAsString()).isEqualTo(morning);
		assertThat(furosemide.getNoteFirstRep().getText()).startsWith("Drug class: Loop diuretic. Link with leg cramps: ");

		Provenance provenance = resources(bundle, Provenance.class).get(0);
		assertThat(provenance.getTarget()).extracting(Reference::getReference)
			.hasSize(bundle.getEntry().size() - 1)
			.doesNotHaveDuplicates();
		assertThat(provenance.getAgentFirstRep().getWho().getReference()).isEqualTo(patientUrl);
		assertThat(provenance.getEntityFirstRep().getRole()).isEqualTo(Provenance.ProvenanceEntityRole.SOURCE);
		assertThat(provenance.getEntityFirstRep().getWhat().getReference()).isEqualTo(patientUrl);
	}

	@Test
	void theSameRecordKeepsItsFullUrlFromOneExportToTheNext() {
		ApiUser user = ApiUser.register(this.client, "stable");
		user.logEpisode("""
				{"startedAt":"%sT02:14:00+01:00","durationSeconds":90,"intensity":7,"muscle":"CALF","side":"LEFT"}"""
			.formatted(ApiUser.tonight().minusDays(1)));
		List<String> first = fullUrls(user);
		List<String> second = fullUrls(user);
		assertThat(second.subList(0, 2)).isEqualTo(first.subList(0, 2));
		assertThat(second.get(2)).as("each export's provenance is its own").isNotEqualTo(first.get(2));
	}

	private List<String> fullUrls(ApiUser user) {
		String json = user.get("/api/v1/export/fhir").exchange().expectBody(String.class).returnResult().getResponseBody();
		return FhirContext.forR4Cached()
			.newJsonParser()
			.parseResource(Bundle.class, json)
			.getEntry()
			.stream()
			.map(Bundle.BundleEntryComponent::getFullUrl)
			.toList();
	}

	static FhirValidator validator() {
		FhirContext context = FhirContext.forR4Cached();
		ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(context),
				new InMemoryTerminologyServerValidationSupport(context), new CommonCodeSystemsTerminologyService(context),
				new SnapshotGeneratingValidationSupport(context));
		FhirValidator validator = context.newValidator();
		validator.registerValidatorModule(new FhirInstanceValidator(chain));
		return validator;
	}

	static <R> List<R> resources(Bundle bundle, Class<R> type) {
		return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
			.map(type::cast).toList();
	}

	static List<String> codes(CodeableConcept concept) {
		return concept.getCoding().stream().map((Coding c) -> c.getSystem() + "|" + c.getCode()).toList();
	}

	static List<Observation.ObservationComponentComponent> component(Observation observation, String loinc) {
		return observation.getComponent()
			.stream()
			.filter(c -> codes(c.getCode()).contains("http://loinc.org|" + loinc))
			.toList();
	}

	static Observation withNote(List<Observation> observations, String note) {
		return observations.stream()
			.filter(o -> o.getNote().stream().anyMatch(n -> n.getText().equals(note)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no observation with the note " + note));
	}

}
