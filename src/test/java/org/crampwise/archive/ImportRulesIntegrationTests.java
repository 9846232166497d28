package org.crampwise.archive;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.crampwise.export.DiaryCsv;
import org.crampwise.support.ApiUser;
import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import rules over real HTTP: a bad file is refused whole, every problem named by file, row and column (at
 * most 50), and nothing of any file is stored; conflicts, replace, dry runs, and the other refusals.
 */
@IntegrationTest
class ImportRulesIntegrationTests {

	static final String EPISODE_HEADER = String.join(",", DiaryCsv.EPISODE_COLUMNS) + "\r\n";

	static final String CHECKIN_HEADER = String.join(",", DiaryCsv.CHECKIN_COLUMNS) + "\r\n";

	static final String NIGHT_HEADER = String.join(",", DiaryCsv.NIGHT_COLUMNS) + "\r\n";

	@Autowired
	RestTestClient client;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	ApiUser user;

	ArchiveClient archives;

	String night;

	@BeforeEach
	void register() {
		this.user = ApiUser.register(this.client, "importer");
		this.archives = new ArchiveClient(this.client);
		this.night = ApiUser.tonight().minusDays(2).toString();
	}

	String episode(String startedAt, String duration, String intensity, String muscle, String notes) {
		return ",%s,%s,%s,%s,LEFT,true,MASSAGE,MASSAGE,,%s,,\r\n".formatted(startedAt, duration, intensity, muscle, notes);
	}

	@Test
	void aBadFileIsRefusedWholeWithEveryProblemNamedAndNothingStored() {
		String start = ApiUser.tonight().minusDays(1) + "T02:00:00+01:00";
		String episodes = EPISODE_HEADER + episode(start, "60", "5", "CALF", "fine") // row 2: good
				+ episode(start, "60", "11", "CALF", "too painful") // row 3: intensity out of range (EpisodeRules)
				+ episode(start, "60", "5", "LEG", "no such muscle") // row 4: a code that does not exist
				+ episode("", "60", "5", "CALF", "") // row 5: no start
				+ episode(start, "60", "x", "CALF", "") // row 6: not a number
				+ ",%s,60,5,CALF,LEFT,maybe,MASSAGE,MASSAGE,,,,\r\n".formatted(start) // row 7: not a boolean
				+ episode("2099-01-01T02:00:00+01:00", "0", "5", "CALF", ""); // row 8: two rules at once
		String checkIns = CHECKIN_HEADER + this.night + ",900,,,,,,,,,,\r\n"; // a good file beside the bad one

		EntityExchangeResult<String> answer = this.archives.importFiles(this.user,
				Map.of("episodes", episodes, "checkins", checkIns), false, false);

		assertThat(answer.getStatus().value()).isEqualTo(400);
		assertThat(answer.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode problem = this.json.readTree(answer.getResponseBody());
		assertThat(problem.path("detail").asString()).contains("Nothing was imported");
		assertThat(errors(problem)).containsExactly("episodes 3 intensity", "episodes 4 muscle",
				"episodes 5 startedAt", "episodes 6 intensity", "episodes 7 wokeFromSleep", "episodes 8 startedAt",
				"episodes 8 durationSeconds");
		assertThat(problem.path("errors").get(0).path("message").asString()).isEqualTo("must be between 0 and 10");
		assertThat(problem.path("errors").get(1).path("message").asString()).contains("CALF, FOOT, THIGH, OTHER");
		assertStoredNothing();
	}

	@Test
	void theHeaderMustNameTheExportsColumns() {
		String episodes = "id,startedAt,durationSeconds,colour\r\n";
		JsonNode problem = refused(Map.of("episodes", episodes), false);
		assertThat(errors(problem)).contains("episodes 1 intensity", "episodes 1 notes", "episodes 1 colour");
		assertThat(errors(refused(Map.of("nights", "\r\n"), false))).contains("nights 1 nightOf");
		assertStoredNothing();
	}

	@Test
	void unreadableCsvAndBytesThatAreNotUtf8AreBadFiles() {
		String open = EPISODE_HEADER + ",%s,60,5,CALF,LEFT,true,,,,\"a quote left open\r\n".formatted(
				ApiUser.tonight().minusDays(1) + "T02:00:00+01:00");
		assertThat(errors(refused(Map.of("episodes", open), false))).singleElement().asString().startsWith("episodes 2 ");
		byte[] latin1 = (CHECKIN_HEADER + this.night + ",900,,,,,,,,,,\r\n" + this.night + ",1,,,,,,,,,,\r\n")
			.replace("900", "9\u00e9")
			.getBytes(StandardCharsets.ISO_8859_1);
		EntityExchangeResult<String> answer = this.archives.importBytes(this.user, Map.of("checkins", latin1), false,
				false);
		assertThat(answer.getStatus().value()).as(answer.getResponseBody()).isEqualTo(400);
		assertThat(answer.getResponseBody()).contains("\"file\":\"checkins\"").contains("UTF-8");
		assertStoredNothing();
	}

	@Test
	void atMostTheFirstFiftyProblemsAreListed() {
		StringBuilder checkIns = new StringBuilder(CHECKIN_HEADER);
		for (int i = 0; i < 60; i++) {
			checkIns.append(ApiUser.tonight().minusDays(i + 1)).append(",20000,,,,,,,,,,\r\n");
		}
		JsonNode problem = refused(Map.of("checkins", checkIns.toString()), false);
		assertThat(problem.path("errors").size()).isEqualTo(50);
		assertThat(problem.path("detail").asString()).contains("60").contains("50");
		assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("waterMl");
		assertStoredNothing();
	}

	@Test
	void aDifferentCheckInOfTheSameNightIsAConflictUnlessReplace() {
		this.user.put("/api/v1/checkins/" + this.night, "{\"waterMl\":500}");
		String same = CHECKIN_HEADER + this.night + ",500,,,,,,,,,,\r\n";
		String different = CHECKIN_HEADER + this.night + ",1500,,,,,,,,,,\r\n";

		assertThat(ok(Map.of("checkins", same), false, false).path("checkins").path("unchanged").asInt()).isOne();
		JsonNode conflict = refused(Map.of("checkins", different), false);
		assertThat(errors(conflict)).containsExactly("checkins 2 nightOf");
		assertThat(water()).isEqualTo(500);

		JsonNode preview = ok(Map.of("checkins", different), true, true);
		assertThat(preview.path("checkins").path("replaced").asInt()).isOne();
		assertThat(water()).as("a dry run stores nothing").isEqualTo(500);
		assertThat(ok(Map.of("checkins", different), false, true).path("checkins").path("replaced").asInt()).isOne();
		assertThat(water()).isEqualTo(1500);
	}

	@Test
	void aNightTwiceInAFileAndANoCrampsMarkOnACrampNightAreBadRows() {
		String checkIns = CHECKIN_HEADER + this.night + ",500,,,,,,,,,,\r\n" + this.night + ",500,,,,,,,,,,\r\n";
		assertThat(errors(refused(Map.of("checkins", checkIns), false))).containsExactly("checkins 3 nightOf");

		String start = ApiUser.tonight().minusDays(1) + "T02:00:00+01:00";
		String episodes = EPISODE_HEADER + episode(start, "60", "5", "CALF", "");
		// 02:00 on the day after belongs to this.night
		String nights = NIGHT_HEADER + this.night + ",true,false\r\n" + ApiUser.tonight().minusDays(3)
				+ ",false,true\r\n";
		assertThat(errors(refused(Map.of("episodes", episodes, "nights", nights), false)))
			.containsExactly("nights 2 noCramps", "nights 3 copiedFromPrevious");
		assertStoredNothing();
	}

	@Test
	void anEpisodeRowThatDiffersIsAddedAndTheSameRowIsUnchanged() {
		String start = ApiUser.tonight().minusDays(1) + "T02:00:00+01:00";
		Map<String, String> files = new LinkedHashMap<>();
		files.put("episodes", EPISODE_HEADER + episode(start, "60", "5", "CALF", "'=1+1"));
		assertThat(ok(files, false, false).path("episodes").path("added").asInt()).isOne();
		assertThat(this.jdbc.queryForObject("SELECT notes FROM cramp_episodes e JOIN accounts a ON a.id = e.account_id"
				+ " WHERE a.username = ?", String.class, this.user.username()))
			.as("the formula guard is removed on reading").isEqualTo("=1+1");
		assertThat(ok(files, false, false).path("episodes").path("unchanged").asInt()).isOne();
		files.put("episodes", EPISODE_HEADER + episode(start, "61", "5", "CALF", "'=1+1"));
		JsonNode differs = ok(files, false, false);
		assertThat(differs.path("episodes").path("added").asInt()).isOne();
		assertThat(differs.path("checkins").isNull()).as("a file not sent has no counts").isTrue();
		assertThat(episodes()).isEqualTo(2);
	}

	@Test
	void anImportWithoutFilesOrWithoutMultipartIsRefused() {
		EntityExchangeResult<String> none = this.archives.importFiles(this.user, Map.of(), false, false);
		assertThat(none.getStatus().value()).isEqualTo(400);
		assertThat(none.getResponseBody()).contains("\"field\":\"episodes\"");
		this.client.post()
			.uri("/api/v1/import")
			.headers(h -> h.setBasicAuth(this.user.username(), ApiUser.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{}")
			.exchange()
			.expectStatus()
			.isEqualTo(415);
	}

	private JsonNode ok(Map<String, String> files, boolean dryRun, boolean replace) {
		EntityExchangeResult<String> answer = this.archives.importFiles(this.user, files, dryRun, replace);
		assertThat(answer.getStatus().value()).as(answer.getResponseBody()).isEqualTo(200);
		return this.json.readTree(answer.getResponseBody());
	}

	private JsonNode refused(Map<String, String> files, boolean replace) {
		EntityExchangeResult<String> answer = this.archives.importFiles(this.user, files, false, replace);
		assertThat(answer.getStatus().value()).as(answer.getResponseBody()).isEqualTo(400);
		return this.json.readTree(answer.getResponseBody());
	}

	private static List<String> errors(JsonNode problem) {
		List<String> errors = new java.util.ArrayList<>();
		problem.path("errors").forEach(error -> errors.add(error.path("file").asString() + " "
				+ error.path("row").asInt() + " " + error.path("field").asString()));
		return errors;
	}

	private int water() {
		return this.jdbc.queryForObject("SELECT c.water_ml FROM checkins c JOIN accounts a ON a.id = c.account_id"
				+ " WHERE a.username = ?", Integer.class, this.user.username());
	}

	private int episodes() {
		return count("cramp_episodes");
	}

	private int count(String table) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM " + table
				+ " t JOIN accounts a ON a.id = t.account_id WHERE a.username = ?", Integer.class, this.user.username());
	}

	private void assertStoredNothing() {
		for (String table : List.of("cramp_episodes", "checkins", "night_marks")) {
			assertThat(count(table)).as(table).isZero();
		}
	}

}
