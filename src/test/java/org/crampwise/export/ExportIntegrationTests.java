package org.crampwise.export;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ca.uhn.fhir.context.FhirContext;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ResourceType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.crampwise.profile.DrugClass;
import org.crampwise.profile.MedicationCatalog;
import org.crampwise.support.ApiUser;
import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export API on the whole application with a seeded user: each file holds exactly the range's data of this user
 * (counts, every column of a row, offsets as logged), nothing outside the range or of another user, and a bad range
 * is a field-named 400.
 */
@IntegrationTest
class ExportIntegrationTests {

	static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MedicationCatalog catalog;

	ApiUser alice;

	LocalDate tonight;

	LocalDate from;

	LocalDate to;

	long calf;

	long tokyo;

	long daytime;

	@BeforeEach
	void seed() {
		this.alice = ApiUser.register(this.client, "exporter");
		this.tonight = ApiUser.tonight();
		this.from = this.tonight.minusDays(30);
		this.to = this.tonight.minusDays(10);
		LocalDate n20 = this.tonight.minusDays(20);
		this.calf = this.alice.logEpisode("""
				{"startedAt":"%sT02:14:00+01:00","durationSeconds":90,"intensity":7,"muscle":"CALF","side":"LEFT",
				 "wokeFromSleep":true,"reliefsTried":["MASSAGE","STRETCH_DURING_CRAMP"],"helpedMost":"STRETCH_DURING_CRAMP",
				 "notes":"woke me at two"}""".formatted(n20.plusDays(1)));
		this.tokyo = this.alice.logEpisode("""
				{"startedAt":"%sT01:30:00+09:00","durationSeconds":600,"intensity":9,"muscle":"FOOT","side":"RIGHT",
				 "wokeFromSleep":true,"notes":"in Tokyo"}""".formatted(this.tonight.minusDays(15)));
		this.daytime = this.alice.logEpisode("""
				{"startedAt":"%sT14:00:00+01:00","durationSeconds":45,"intensity":6,"muscle":"THIGH","side":"BOTH",
				 "reliefsTried":["MASSAGE"],"helpedMost":"MASSAGE","warningSigns":["CALF_SWELLING_OR_REDNESS"],
				 "notes":"=SUM(A1) \\"quoted\\", comma\\nsecond line é"}""".formatted(this.tonight.minusDays(12)));
		this.alice.logEpisode("""
				{"startedAt":"%sT02:00:00+01:00","durationSeconds":30,"intensity":3,"muscle":"CALF","side":"LEFT",
				 "notes":"before the range"}""".formatted(this.from));
		this.alice.logEpisode("""
				{"startedAt":"%sT03:00:00+01:00","durationSeconds":30,"intensity":3,"muscle":"CALF","side":"LEFT",
				 "notes":"after the range"}""".formatted(this.to.plusDays(2)));
		this.alice.put("/api/v1/checkins/" + n20, """
				{"waterMl":900,"alcoholDrinks":2,"hoursFromLastDrinkToBed":1.5,"standingHours":7.5,"sittingHours":3,
				 "exercise":"HARD","stretchedBeforeBed":false,"warmBathBeforeBed":true,"potassiumFoodServings":1,
				 "magnesiumSupplement":false,"tightBedding":true}""");
		this.alice.put("/api/v1/checkins/" + this.tonight.minusDays(15), "{\"waterMl\":2500}");
		this.alice.put("/api/v1/checkins/" + this.tonight.minusDays(35), "{\"waterMl\":100}");
		this.alice.create("/api/v1/medications",
				"{\"name\":\"hydrochlorothiazide\",\"startedOn\":\"" + this.tonight.minusDays(60) + "\"}");
		this.alice.put("/api/v1/profile", "{\"birthYear\":1950,\"pregnancy\":\"NONE\",\"conditions\":[]}");

		ApiUser bob = ApiUser.register(this.client, "other");
		bob.logEpisode("""
				{"startedAt":"%sT02:00:00+01:00","durationSeconds":30,"intensity":3,"muscle":"CALF","side":"LEFT",
				 "notes":"bob's cramp"}""".formatted(n20.plusDays(1)));
	}

	@Test
	void episodesCsvHoldsExactlyTheRangesEpisodesWithEveryColumn() throws IOException {
		var result = this.alice.get(range("/api/v1/export/episodes.csv")).exchange();
		result.expectStatus().isOk();
		result.expectHeader().contentTypeCompatibleWith(new MediaType("text", "csv", StandardCharsets.UTF_8));
		result.expectHeader().valueEquals(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"crampwise-episodes-" + this.from + "-to-" + this.to + ".csv\"");
		String csv = result.expectBody(String.class).returnResult().getResponseBody();

		List<CSVRecord> rows = READ.parse(new StringReader(csv)).getRecords();
		assertThat(rows).extracting(row -> Long.parseLong(row.get("id")))
			.as("newest night first, nothing outside the range, nothing of bob's")
			.containsExactly(this.daytime, this.tokyo, this.calf);
		assertThat(rows.get(0).toList()).containsExactly(Long.toString(this.daytime),
				this.tonight.minusDays(12) + "T14:00:00+01:00", "45", "6", "THIGH", "BOTH", "false", "MASSAGE",
				"MASSAGE", "CALF_SWELLING_OR_REDNESS", "'=SUM(A1) \"quoted\", comma\nsecond line é",
				this.tonight.minusDays(12).toString(), "true");
		assertThat(rows.get(1).get("startedAt")).as("the offset it was logged with")
			.isEqualTo(this.tonight.minusDays(15) + "T01:30:00+09:00");
		assertThat(rows.get(1).get("nightOf")).isEqualTo(this.tonight.minusDays(16).toString());
		assertThat(rows.get(2).get("reliefsTried")).isEqualTo("STRETCH_DURING_CRAMP|MASSAGE");
		assertThat(csv).doesNotContain("bob's cramp").doesNotContain("before the range").doesNotContain("after the range");
	}

	@Test
	void checkInsCsvHoldsTheRangesCheckInsWithEveryColumn() throws IOException {
		String csv = this.alice.get(range("/api/v1/export/checkins.csv"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		List<CSVRecord> rows = READ.parse(new StringReader(csv)).getRecords();
		assertThat(rows).extracting(row -> row.get("nightOf"))
			.containsExactly(this.tonight.minusDays(15).toString(), this.tonight.minusDays(20).toString());
		assertThat(rows.get(1).toList()).containsExactly(this.tonight.minusDays(20).toString(), "900", "2", "1.5",
				"7.5", "3", "HARD", "false", "true", "1", "false", "true");
		assertThat(rows.get(0).toList()).containsExactly(this.tonight.minusDays(15).toString(), "2500", "", "", "", "",
				"", "", "", "", "", "");
	}

	@Test
	void aTimerEpisodeHasEmptyCellsForWhatWasNotGiven() throws IOException {
		this.alice.create("/api/v1/episodes/timer", "{}");
		this.alice.create("/api/v1/episodes/timer/stop", "{}");

		String csv = this.alice.get("/api/v1/export/episodes.csv")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		CSVRecord timed = READ.parse(new StringReader(csv)).getRecords().get(0);
		assertThat(timed.get("nightOf")).isEqualTo(this.tonight.toString());
		assertThat(List.of(timed.get("intensity"), timed.get("muscle"), timed.get("side"))).containsOnly("");
	}

	@Test
	void aLongExportStreamsEveryEpisodeAcrossChunksOnce() throws IOException {
		long owner = this.jdbc.queryForObject("SELECT id FROM accounts WHERE username = ?", Long.class,
				this.alice.username());
		LocalDate first = this.tonight.minusDays(400);
		for (int i = 0; i < 1200; i++) {
			LocalDate night = first.plusDays(i / 4);
			this.jdbc.update("INSERT INTO cramp_episodes (account_id, started_at, start_offset_seconds, night_of, "
					+ "daytime, duration_seconds, intensity, muscle, side, woke_from_sleep, reliefs_tried, "
					+ "warning_signs, notes, created_at, updated_at) VALUES (?, ?, 3600, ?, FALSE, 60, 5, 'CALF', "
					+ "'LEFT', TRUE, '', '', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", owner,
					java.sql.Timestamp.from(night.plusDays(1).atTime(1, i % 2).toInstant(java.time.ZoneOffset.UTC)),
					night, "bulk " + i);
		}

		String csv = this.alice.get("/api/v1/export/episodes.csv?from=" + first + "&to=" + first.plusDays(299))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		List<CSVRecord> rows = READ.parse(new StringReader(csv)).getRecords();
		assertThat(rows).hasSize(1200);
		assertThat(rows.stream().map(row -> row.get("notes")).distinct()).hasSize(1200);
		assertThat(rows.get(0).get("nightOf")).isEqualTo(first.plusDays(299).toString());
		assertThat(rows.get(1199).get("nightOf")).isEqualTo(first.toString());
	}

	@Test
	void theReportPdfSaysWhatWasLoggedInTheRange() throws IOException {
		var result = this.alice.get(range("/api/v1/export/report.pdf")).exchange();
		result.expectStatus().isOk();
		result.expectHeader().contentType(MediaType.APPLICATION_PDF);
		byte[] pdf = result.expectBody(byte[].class).returnResult().getResponseBody();

		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
			PDFTextStripper firstPage = new PDFTextStripper();
			firstPage.setStartPage(1);
			firstPage.setEndPage(1);
			String one = oneLine(firstPage.getText(document));
			assertThat(one).contains(this.alice.username() + " (pseudonymous)")
				.contains(this.from + " to " + this.to + " (21 nights)")
				.contains("ICD-10-CM G47.62")
				.contains("not a diagnosis")
				.contains("Cramp nights 2 of 21 nights: 0.7 per week")
				.contains("3 in total")
				.contains("Woke the patient 2 of 3 episodes (67%)")
				.contains("Daytime episodes 1 (started between 10:00 and 20:00)")
				.contains("median 7 of 10 (range 6 to 9; 3 rated)")
				.contains("median 1 min 30 s (shortest 45 s, longest 10 min)")
				.contains("Calf swelling or redness (same day)")
				.contains("hydrochlorothiazide")
				.contains(oneLine(this.catalog.crampAssociation(DrugClass.THIAZIDE_DIURETIC)))
				.contains("Known nights (a cramp logged, or “no cramps”): 3 of 21; 1 of them also have a check-in.")
				.contains("Unknown nights are never counted as cramp")
				.contains("No pattern has passed these checks yet (22 tests need more known nights)")
				// raw coincidences of a couple of nights are never shown as if they meant something
				.doesNotContain("1 night, 1 with cramps (100%)");
			String all = oneLine(new PDFTextStripper().getText(document));
			assertThat(all).contains("Episodes over time").contains("woke me at two").contains("in Tokyo")
				.contains("01:30 (+09:00)")
				.doesNotContain("bob's cramp")
				.doesNotContain("before the range")
				.doesNotContain("after the range");
		}
	}

	@Test
	void theFhirBundleHoldsThePatientEachEpisodeTheMedicationAndProvenance() {
		var result = this.alice.get(range("/api/v1/export/fhir")).exchange();
		result.expectStatus().isOk();
		result.expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("application/fhir+json"));
		String json = result.expectBody(String.class).returnResult().getResponseBody();

		Bundle bundle = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, json);
		assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
		Map<ResourceType, Long> types = bundle.getEntry()
			.stream()
			.map(Bundle.BundleEntryComponent::getResource)
			.collect(Collectors.groupingBy(Resource::getResourceType, Collectors.counting()));
		assertThat(types).containsOnly(Map.entry(ResourceType.Patient, 1L), Map.entry(ResourceType.Observation, 3L),
				Map.entry(ResourceType.MedicationStatement, 1L), Map.entry(ResourceType.Provenance, 1L));
		Map<String, Observation> byNote = bundle.getEntry()
			.stream()
			.filter(entry -> entry.getResource() instanceof Observation)
			.map(entry -> (Observation) entry.getResource())
			.collect(Collectors.toMap(o -> o.getNote().get(o.getNote().size() - 1).getText(), Function.identity()));
		Observation tokyo = byNote.get("in Tokyo");
		assertThat(tokyo.getEffectivePeriod().getStartElement().getValueAsString())
			.isEqualTo(this.tonight.minusDays(15) + "T01:30:00+09:00");
		assertThat(tokyo.getEffectivePeriod().getEndElement().getValueAsString())
			.isEqualTo(this.tonight.minusDays(15) + "T01:40:00+09:00");
		assertThat(json).doesNotContain("bob's cramp").doesNotContain("before the range");
	}

	@Test
	void aBadRangeIsAFieldNamed400AndNothingIsSent() {
		this.alice.get("/api/v1/export/episodes.csv?from=" + this.to + "&to=" + this.from)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("to");
		this.alice.get("/api/v1/export/report.pdf?from=" + this.tonight.minusDays(1096) + "&to=" + this.tonight)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("from");
		this.alice.get("/api/v1/export/fhir?to=" + this.tonight.plusDays(1))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("to");
		this.alice.get("/api/v1/export/checkins.csv?from=yesterday")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("from");
	}

	@Test
	void exportsNeedASignedInUser() {
		for (String path : List.of("episodes.csv", "checkins.csv", "report.pdf", "fhir")) {
			this.client.get()
				.uri("/api/v1/export/" + path)
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectBody(String.class)
				.returnResult();
		}
	}

	private String range(String path) {
		return path + "?from=" + this.from + "&to=" + this.to;
	}

	private static String oneLine(String text) {
		return text.replaceAll("\\s+", " ");
	}

}
