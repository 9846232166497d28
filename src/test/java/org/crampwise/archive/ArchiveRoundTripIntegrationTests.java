package org.crampwise.archive;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.crampwise.checkin.CheckIn;
import org.crampwise.episode.Episode;
import org.crampwise.export.DiaryCsv;
import org.crampwise.export.DiaryCsv.NightFacts;
import org.crampwise.export.DiaryCsv.Row;
import org.crampwise.support.ApiUser;
import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round trip of issue 15 over real HTTP: a generated diary is imported into one account, its archive is
 * imported into an empty account, and that account's archive holds the same rows (ids aside); the diary read back
 * equals the generated one, field by field; importing the same files again adds nothing. Seeds are printed.
 */
@IntegrationTest
class ArchiveRoundTripIntegrationTests {

	private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

	private static final List<String> CSV_FILES = List.of("episodes", "checkins", "nights");

	@Autowired
	RestTestClient client;

	@Autowired
	DiaryCsv csv;

	@Autowired
	JsonMapper json;

	@ParameterizedTest(name = "{0} nights")
	@CsvSource({ "1, 11", "365, 12", "3650, 13" })
	void aGeneratedDiaryRoundTripsThroughTheArchive(int nights, long defaultSeed) {
		long seed = Long.getLong("archive.seed", defaultSeed);
		System.out.println("archive round trip: " + nights + " nights, seed " + seed + " (-Darchive.seed=" + seed + ")");
		DiaryGenerator diary = new DiaryGenerator(seed, nights, ApiUser.tonight());
		ArchiveClient archives = new ArchiveClient(this.client);
		Map<String, String> files = Map.of("episodes", diary.episodesCsv(), "checkins", diary.checkInsCsv(), "nights",
				diary.nightsCsv());

		ApiUser first = ApiUser.register(this.client, "roundtrip");
		long started = System.nanoTime();
		JsonNode preview = counts(archives.importFiles(first, files, true, false));
		long previewed = System.nanoTime();
		JsonNode imported = counts(archives.importFiles(first, files, false, false));
		long done = System.nanoTime();
		System.out.printf("import of %d rows (%d episodes, %d check-ins, %d nights): dry run %d ms, import %d ms%n",
				diary.rows(), diary.episodes.size(), diary.checkIns.size(), diary.nights.size(),
				(previewed - started) / 1_000_000, (done - previewed) / 1_000_000);
		assertThat(preview.path("dryRun").asBoolean()).isTrue();
		assertThat(imported.path("dryRun").asBoolean()).isFalse();
		for (JsonNode answer : List.of(preview, imported)) {
			assertThat(answer.path("episodes").path("added").asInt()).isEqualTo(diary.episodes.size());
			assertThat(answer.path("checkins").path("added").asInt()).isEqualTo(diary.checkIns.size());
			assertThat(answer.path("nights").path("added").asInt()).isEqualTo(diary.nights.size());
		}

		long archiveStarted = System.nanoTime();
		Map<String, byte[]> firstArchive = archives.archive(first);
		System.out.printf("archive of %d rows: %d ms, %d KB%n", diary.rows(),
				(System.nanoTime() - archiveStarted) / 1_000_000,
				firstArchive.values().stream().mapToInt(b -> b.length).sum() / 1024);
		assertThat(firstArchive).containsOnlyKeys(ArchiveWriter.FILES);

		// what the first account holds is the generated diary, field by field
		assertThat(sortedEpisodes(values(this.csv.readEpisodes(reader(firstArchive, "episodes.csv")))))
			.isEqualTo(sortedEpisodes(diary.episodes));
		assertThat(sortedCheckIns(values(this.csv.readCheckIns(reader(firstArchive, "checkins.csv")))))
			.isEqualTo(sortedCheckIns(diary.checkIns));
		assertThat(values(this.csv.readNights(reader(firstArchive, "nights.csv"))))
			.containsExactlyInAnyOrderElementsOf(diary.nights);

		// into an empty account, and out again: the same rows, ids aside
		ApiUser second = ApiUser.register(this.client, "roundtrip");
		Map<String, String> archived = new LinkedHashMap<>();
		CSV_FILES.forEach(name -> archived.put(name, ArchiveClient.text(firstArchive.get(name + ".csv"))));
		JsonNode moved = counts(archives.importFiles(second, archived, false, false));
		assertThat(moved.path("episodes").path("added").asInt()).isEqualTo(diary.episodes.size());
		Map<String, byte[]> secondArchive = archives.archive(second);
		for (String name : CSV_FILES) {
			assertThat(rowsWithoutId(secondArchive.get(name + ".csv")))
				.as(name + ".csv of the second account")
				.isEqualTo(rowsWithoutId(firstArchive.get(name + ".csv")));
		}

		// the same files again add nothing
		JsonNode again = counts(archives.importFiles(second, archived, false, false));
		for (String name : CSV_FILES) {
			assertThat(again.path(name).path("added").asInt()).as(name + " added the second time").isZero();
			assertThat(again.path(name).path("replaced").asInt()).isZero();
		}
		assertThat(again.path("episodes").path("unchanged").asInt()).isEqualTo(diary.episodes.size());
		assertThat(again.path("checkins").path("unchanged").asInt()).isEqualTo(diary.checkIns.size());
		assertThat(again.path("nights").path("unchanged").asInt()).isEqualTo(diary.nights.size());
		assertThat(rowsWithoutId(archives.archive(second).get("episodes.csv")))
			.isEqualTo(rowsWithoutId(firstArchive.get("episodes.csv")));
	}

	@Test
	void theArchiveHoldsEveryFileWithAReadmeAndTheApisOwnValues() {
		ApiUser user = ApiUser.register(this.client, "archivist");
		String night = ApiUser.tonight().minusDays(1).toString();
		user.logEpisode("""
				{"startedAt":"%sT02:14:00+01:00","durationSeconds":90,"intensity":7,"muscle":"CALF","side":"LEFT",
				 "notes":"'=1 an apostrophe of my own, then a formula"}""".formatted(ApiUser.tonight()));
		user.put("/api/v1/checkins/" + night, "{}");
		user.put("/api/v1/nights/" + ApiUser.tonight().minusDays(3) + "/no-cramps", "");
		user.create("/api/v1/medications", "{\"name\":\"atorvastatin\",\"startedOn\":\"2024-01-02\"}");
		user.put("/api/v1/profile", "{\"birthYear\":1950,\"pregnancy\":\"NONE\",\"conditions\":[]}");
		JsonNode experiment = this.json.readTree(user.create("/api/v1/experiments", "{\"remedy\":\"LOOSE_BEDDING\"}"));

		Map<String, byte[]> archive = new ArchiveClient(this.client).archive(user);

		assertThat(archive.keySet()).containsExactlyElementsOf(ArchiveWriter.FILES);
		String readme = ArchiveClient.text(archive.get("README.txt"));
		ArchiveWriter.FILES.forEach(file -> assertThat(readme).contains(file));
		assertThat(this.json.readTree(archive.get("account.json")).path("username").asString())
			.isEqualTo(user.username());
		assertThat(this.json.readTree(archive.get("profile.json")).path("birthYear").asInt()).isEqualTo(1950);
		JsonNode experiments = this.json.readTree(archive.get("experiments.json"));
		assertThat(experiments.isArray()).isTrue();
		assertThat(experiments).singleElement().satisfies(e -> {
			assertThat(e.path("id").asLong()).isEqualTo(experiment.path("id").asLong());
			assertThat(e.path("remedy").asString()).isEqualTo("LOOSE_BEDDING");
			assertThat(e.path("status").asString()).isEqualTo("RUN_IN");
			assertThat(e.path("blocks")).isEqualTo(experiment.path("blocks"));
		});
		assertThat(ArchiveClient.text(archive.get("medications.csv"))).contains("atorvastatin,STATIN,2024-01-02,");
		assertThat(new String(archive.get("report.pdf"), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(this.json.readTree(archive.get("fhir.json")).path("resourceType").asString()).isEqualTo("Bundle");
		List<Episode> episodes = values(this.csv.readEpisodes(reader(archive, "episodes.csv")));
		assertThat(episodes).singleElement()
			.satisfies(e -> assertThat(e.notes()).isEqualTo("'=1 an apostrophe of my own, then a formula"));
		assertThat(ArchiveClient.text(archive.get("episodes.csv"))).contains("''=1 an apostrophe");
		assertThat(values(this.csv.readCheckIns(reader(archive, "checkins.csv"))))
			.containsExactly(DiaryGenerator.empty(java.time.LocalDate.parse(night)));
		assertThat(ArchiveClient.text(archive.get("nights.csv")))
			.isEqualTo("nightOf,noCramps,copiedFromPrevious\r\n" + ApiUser.tonight().minusDays(3) + ",true,false\r\n");
	}

	private JsonNode counts(EntityExchangeResult<String> answer) {
		assertThat(answer.getStatus().value()).as(answer.getResponseBody()).isEqualTo(200);
		return this.json.readTree(answer.getResponseBody());
	}

	private static StringReader reader(Map<String, byte[]> archive, String file) {
		return new StringReader(ArchiveClient.text(archive.get(file)));
	}

	private static <T> List<T> values(DiaryCsv.Parsed<T> parsed) {
		assertThat(parsed.problems()).isEmpty();
		return parsed.rows().stream().map(Row::value).toList();
	}

	private static List<String> sortedEpisodes(List<Episode> episodes) {
		return episodes.stream().map(e -> new Episode(0, e.startedAt(), e.durationSeconds(), e.intensity(), e.muscle(),
				e.side(), e.wokeFromSleep(), e.reliefsTried(), e.helpedMost(), e.warningSigns(), e.notes(), e.nightOf(),
				e.daytime()).toString()).sorted().toList();
	}

	private static List<CheckIn> sortedCheckIns(List<CheckIn> checkIns) {
		return checkIns.stream().sorted(Comparator.comparing(CheckIn::nightOf)).toList();
	}

	/** The file's records as cell lists without the id column, sorted (ties of order may differ by id). */
	private static List<List<String>> rowsWithoutId(byte[] file) {
		try {
			List<List<String>> rows = new ArrayList<>();
			for (CSVRecord record : READ.parse(new StringReader(ArchiveClient.text(file)))) {
				List<String> cells = new ArrayList<>(record.toList());
				if (record.getParser().getHeaderNames().get(0).equals("id")) {
					cells.remove(0);
				}
				rows.add(cells);
			}
			rows.sort(Comparator.comparing(Object::toString));
			return rows;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unused")
	private static List<NightFacts> nights(List<NightFacts> nights) {
		return nights;
	}

}
