package org.crampwise.export;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.crampwise.experiments.MutableClock;
import org.crampwise.experiments.MutableClockConfiguration;
import org.crampwise.support.ApiUser;
import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal experiments in the clinician PDF, the share page and the FHIR bundle (issue 13): a finished experiment
 * with its plan, its blocks and what was done in each, the experiments module's own sentence and verdict, and the
 * patient's decision; a stopped one without a result; another user's never; none outside the range.
 */
@IntegrationTest
@Import(MutableClockConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExperimentReportIntegrationTests {

	/** Tonight is 2027-05-10 (Paris): the run-in starts; with 3 pairs of 7 nights the last block ends 2027-07-04. */
	static final Instant START = Instant.parse("2027-05-10T18:00:00Z");

	static final Instant AFTER = Instant.parse("2027-07-08T18:00:00Z");

	static final LocalDate FIRST_BLOCK = LocalDate.of(2027, 5, 24);

	static final String RANGE = "from=2027-05-01&to=2027-07-07";

	static final Pattern ARM = Pattern.compile("\"arm\":\"(REMEDY|USUAL)\"");

	@Autowired
	RestTestClient client;

	@Autowired
	MutableClock clock;

	ApiUser alice;

	long finished;

	String shown;

	@BeforeAll
	void finishedAndStoppedExperiments() {
		this.clock.set(START);
		this.alice = ApiUser.register(this.client, "expreport");
		ApiUser bob = ApiUser.register(this.client, "expreport");
		bob.create("/api/v1/experiments", "{\"remedy\":\"APPLY_HEAT\"}");

		long stopped = id(this.alice.create("/api/v1/experiments", "{\"remedy\":\"LOOSE_BEDDING\"}"));
		post(this.alice, "/api/v1/experiments/" + stopped + "/stop");
		String created = this.alice.create("/api/v1/experiments", "{\"remedy\":\"STRETCH_BEFORE_BED\",\"pairs\":3}");
		this.finished = id(created);
		List<String> arms = ARM.matcher(created).results().map(m -> m.group(1)).toList();
		assertThat(arms).hasSize(6);

		// every block night checked in as scheduled; 1 cramp night of 7 in remedy blocks, 6 of 7 in usual ones
		this.clock.set(AFTER);
		for (int block = 0; block < 6; block++) {
			boolean remedy = arms.get(block).equals("REMEDY");
			for (int i = 0; i < 7; i++) {
				LocalDate night = FIRST_BLOCK.plusDays(block * 7L + i);
				this.alice.put("/api/v1/checkins/" + night, "{\"stretchedBeforeBed\":" + remedy + "}");
				if (i < (remedy ? 1 : 6)) {
					this.alice.logEpisode("{\"startedAt\":\"" + night.plusDays(1)
							+ "T02:14:00+02:00\",\"durationSeconds\":60,\"intensity\":5,\"muscle\":\"CALF\",\"side\":\"LEFT\"}");
				}
				else {
					this.alice.markNoCramps(night);
				}
			}
		}
		this.shown = this.alice.get("/api/v1/experiments/" + this.finished).exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(this.shown).contains("\"status\":\"FINISHED\"");
		this.alice.put("/api/v1/experiments/" + this.finished + "/decision", "{\"decision\":\"KEEP\"}");
	}

	@AfterAll
	void realTime() {
		this.clock.reset();
	}

	@Test
	void thePdfReportsEachExperimentInTheCentShapeWithTheExperimentPagesOwnResult() throws IOException {
		byte[] pdf = this.alice.get("/api/v1/export/report.pdf?" + RANGE).exchange().expectStatus().isOk()
			.expectBody(byte[].class).returnResult().getResponseBody();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			System.out.println("PDF pages with two experiments and 21 episodes: " + document.getNumberOfPages());
			assertThat(document.getNumberOfPages()).isLessThanOrEqualTo(4);
			String text = oneLine(new PDFTextStripper().getText(document));
			assertThat(text).contains("Personal experiments (n-of-1)")
				.contains("CENT 2015")
				.contains("Stretching before bed: Finished")
				.contains("Plan: a 14-night run-in (2027-05-10 to 2027-05-23, nothing to do, not analysed), then 3 pairs"
						+ " of 7-night blocks")
				.contains("until 2027-07-04")
				.contains("Not blinded: the patient knew which nights were remedy nights.")
				.contains("Block Pair Nights Arm Nights Known nights Cramp nights Adherence")
				.contains("1 1 2027-05-24 – 2027-05-30 " + label(ARM.matcher(this.shown).results().findFirst()
					.orElseThrow().group(1)) + " 7 7 ")
				.contains("Result: " + verdictLabel())
				.contains(oneLine(sentence()))
				.contains("Done as scheduled: 100% of remedy nights, 100% of usual nights.")
				.contains("The patient’s decision: keep doing it")
				.contains("Loose bedding: Stopped")
				.contains("Stopped by the patient before its end: a stopped experiment gets no result")
				.doesNotContain("A warm bath before bed");
		}

		byte[] before = this.alice.get("/api/v1/export/report.pdf?from=2027-04-01&to=2027-05-09").exchange()
			.expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
		try (PDDocument document = Loader.loadPDF(before)) {
			assertThat(new PDFTextStripper().getText(document)).doesNotContain("Personal experiments");
		}
	}

	@Test
	void theSharePageShowsTheExperimentsOfItsRange() {
		String json = this.alice.create("/api/v1/shares",
				"{\"expiresInDays\":7,\"from\":\"2027-05-01\",\"to\":\"2027-07-07\"}");
		Matcher token = Pattern.compile("/share/([A-Za-z0-9_-]{43})\"").matcher(json);
		assertThat(token.find()).as(json).isTrue();
		String html = this.client.get().uri("/share/" + token.group(1)).exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(html).contains("id=\"report-experiments\"")
			.contains("Personal experiments (n-of-1)")
			.contains("data-status=\"FINISHED\"")
			.contains("data-status=\"STOPPED\"")
			.contains("Stretching before bed: Finished")
			.contains(sentence())
			.contains("Not blinded: the patient knew which nights were remedy nights.")
			.contains("The patient’s decision: keep doing it")
			.doesNotContain("A warm bath before bed");
	}

	@Test
	void theFhirBundleHoldsOneValidObservationPerFinishedExperiment() {
		String json = this.alice.get("/api/v1/export/fhir?" + RANGE).exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		ValidationResult result = FhirBundleValidationTests.VALIDATOR.validateWithResult(json);
		List<SingleValidationMessage> errors = result.getMessages()
			.stream()
			.filter(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
			.toList();
		assertThat(errors).as("validation errors").isEmpty();

		Bundle bundle = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, json);
		List<Observation> experiments = bundle.getEntry()
			.stream()
			.map(Bundle.BundleEntryComponent::getResource)
			.filter(Observation.class::isInstance)
			.map(Observation.class::cast)
			.filter(o -> o.getCategoryFirstRep().getCodingFirstRep().getCode().equals("therapy"))
			.toList();
		assertThat(experiments).hasSize(1);
		Observation experiment = experiments.get(0);
		assertThat(experiment.getCode().getText())
			.isEqualTo("Personal n-of-1 experiment: Stretching before bed against usual nights");
		assertThat(experiment.getInterpretationFirstRep().getText()).isEqualTo(verdictLabel());
		assertThat(experiment.getText().getDivAsString()).contains(sentence().substring(0, 20));
		assertThat(experiment.getMethod().getText()).contains("the patient knew which nights were remedy nights");
		assertThat(experiment.getComponent()
			.stream()
			.map(c -> c.getCode().getText() + "=" + ((c.getValue() instanceof Quantity q) ? q.getValue().intValue()
					: c.getValue().primitiveValue())))
			.contains("Known remedy nights analysed=21", "Cramp nights among the remedy nights=3",
					"Known usual nights analysed=21", "Cramp nights among the usual nights=18",
					"Remedy nights done as scheduled=100", "Usual nights done as scheduled=100");
		Matcher ratio = Pattern.compile("\"riskRatio\":([0-9.]+)").matcher(this.shown);
		assertThat(ratio.find()).as(this.shown).isTrue();
		assertThat(experiment.getValueQuantity().getValue().doubleValue()).isEqualTo(Double.parseDouble(ratio.group(1)));
		assertThat(json).doesNotContain("A warm bath before bed").doesNotContain("Loose bedding against");
	}

	private String sentence() {
		Matcher sentence = Pattern.compile("\"sentence\":\"([^\"]+)\"").matcher(this.shown);
		assertThat(sentence.find()).as(this.shown).isTrue();
		return sentence.group(1);
	}

	private String verdictLabel() {
		Matcher verdict = Pattern.compile("\"verdict\":\"(\\w+)\"").matcher(this.shown);
		assertThat(verdict.find()).as(this.shown).isTrue();
		return ExportMessages.source().getMessage("export.experiments.verdict." + verdict.group(1), null, Locale.ENGLISH);
	}

	private static String label(String arm) {
		return ExportMessages.source().getMessage("experiments.arm." + arm, null, Locale.ENGLISH);
	}

	private void post(ApiUser user, String path) {
		this.client.post().uri(path).headers(h -> h.setBasicAuth(user.username(), ApiUser.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).body("").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult();
	}

	private static long id(String body) {
		return Long.parseLong(body.replaceAll("(?s)^\\{\"id\":(\\d+),.*$", "$1"));
	}

	private static String oneLine(String text) {
		return text.replaceAll("\\s+", " ").trim();
	}

}
