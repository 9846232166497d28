package org.crampwise.export;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.LongStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.crampwise.account.AccountId;
import org.crampwise.checkin.CheckIn;
import org.crampwise.checkin.CheckInService;
import org.crampwise.checkin.ExerciseLevel;
import org.crampwise.episode.Episode;
import org.crampwise.episode.EpisodeService;
import org.crampwise.episode.Muscle;
import org.crampwise.episode.Relief;
import org.crampwise.episode.Side;
import org.crampwise.episode.WarningSign;
import org.crampwise.system.NightRule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.mock;

/**
 * The CSV files: every column of a row, the empty cells of details not given, RFC 4180 quoting in a round trip of
 * awkward text, the formula guard, and rows written while they are read.
 */
class CsvExportTests {

	static final AccountId OWNER = new AccountId(7);

	static final ExportRange RANGE = new ExportRange(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

	static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

	final EpisodeService episodes = mock(EpisodeService.class);

	final CheckInService checkIns = mock(CheckInService.class);

	final CsvExport csv = new CsvExport(this.episodes, this.checkIns);

	@Test
	void anEpisodeRowHoldsEveryFieldOfTheContractInOrder() {
		Episode episode = new Episode(42, OffsetDateTime.parse("2026-11-20T02:14:00+01:00"), 90, 7, Muscle.CALF,
				Side.LEFT, true, Set.of(Relief.MASSAGE, Relief.STRETCH_DURING_CRAMP), Relief.STRETCH_DURING_CRAMP,
				Set.of(WarningSign.NUMBNESS_OR_TINGLING, WarningSign.CALF_SWELLING_OR_REDNESS), "left calf",
				LocalDate.of(2026, 11, 19), false);

		assertThat(CsvExport.EPISODE_COLUMNS).containsExactly("id", "startedAt", "durationSeconds", "intensity",
				"muscle", "side", "wokeFromSleep", "reliefsTried", "helpedMost", "warningSigns", "notes", "nightOf",
				"daytime");
		assertThat(CsvExport.episodeRow(episode)).containsExactly("42", "2026-11-20T02:14:00+01:00", "90", "7", "CALF",
				"LEFT", "true", "STRETCH_DURING_CRAMP|MASSAGE", "STRETCH_DURING_CRAMP",
				"CALF_SWELLING_OR_REDNESS|NUMBNESS_OR_TINGLING", "left calf", "2026-11-19", "false");
	}

	@Test
	void detailsTheTimerDidNotGetAreEmptyCellsNotPlaceholders() {
		Episode timed = new Episode(43, OffsetDateTime.parse("2026-11-21T13:05:09-05:00"), 61,
				null, null, null, false, Set.of(), null, Set.of(), null, LocalDate.of(2026, 11, 21), true);

		assertThat(CsvExport.episodeRow(timed)).containsExactly("43", "2026-11-21T13:05:09-05:00", "61", "", "", "",
				"false", "", "", "", "", "2026-11-21", "true");
	}

	@Test
	void aCheckInRowHoldsEveryFieldAndLeavesUnansweredOnesEmpty() {
		CheckIn full = new CheckIn(LocalDate.of(2026, 11, 19), 1500, 2, 1.5, 7.0, 3.25, ExerciseLevel.HARD, false,
				true, 1, false, true);
		CheckIn blank = new CheckIn(LocalDate.of(2026, 11, 18), null, null, null, null, null, null, null, null, null,
				null, null);

		assertThat(CsvExport.CHECKIN_COLUMNS).hasSize(12).startsWith("nightOf").endsWith("tightBedding");
		assertThat(CsvExport.checkInRow(full)).containsExactly("2026-11-19", "1500", "2", "1.5", "7", "3.25", "HARD",
				"false", "true", "1", "false", "true");
		assertThat(CsvExport.checkInRow(blank)).containsExactly("2026-11-18", "", "", "", "", "", "", "", "", "", "",
				"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tTab", "\rCR", "\nLF",
			"  =1+1", " +1", "\u00a0@SUM(A1)", "\u3000=1", "\uff1dSUM(A1)", "\uff0b1", "\uff0d1", "\uff20A1",
			"\ufe66cmd", "\u22121" })
	void cellsThatASpreadsheetWouldEvaluateGetAnApostrophe(String cell) {
		assertThat(CsvExport.guard(cell)).isEqualTo("'" + cell);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "left calf", "1+1", "a=b", "'quoted", "2026-11-20T02:14:00-05:00", "   ", " calf =" })
	void otherCellsStayAsTheyAre(String cell) {
		assertThat(CsvExport.guard(cell)).isEqualTo(cell);
	}

	@Test
	void roundTripsQuotesCommasNewlinesNonAsciiAndAFormula() throws IOException {
		List<String> notes = List.of("He said \"stop\", twice", "line one\nline two\r\nline three", "café, naïve, 日本語 😀",
				"=1+1", "-5 minutes of stretching", " leading and trailing ", "");
		List<Episode> written = new ArrayList<>();
		for (int i = 0; i < notes.size(); i++) {
			written.add(episode(i + 1, notes.get(i)));
		}
		streams(written);
		StringWriter out = new StringWriter();

		this.csv.writeEpisodes(OWNER, RANGE, out);

		String text = out.toString();
		assertThat(text).startsWith(String.join(",", CsvExport.EPISODE_COLUMNS) + "\r\n");
		List<CSVRecord> records = READ.parse(new StringReader(text)).getRecords();
		assertThat(records).hasSize(notes.size());
		for (int i = 0; i < notes.size(); i++) {
			String note = notes.get(i);
			String expected = note.isEmpty() ? "" : CsvExport.guard(note);
			assertThat(records.get(i).get("notes")).as("note %d", i).isEqualTo(expected);
			assertThat(records.get(i).get("id")).isEqualTo(Long.toString(i + 1));
			assertThat(records.get(i).size()).isEqualTo(CsvExport.EPISODE_COLUMNS.size());
		}
		assertThat(records.get(3).get("notes")).isEqualTo("'=1+1");
		assertThat(records.get(4).get("notes")).isEqualTo("'-5 minutes of stretching");
	}

	/** Generated notes of every awkward character, seeded: a failure prints the seed that replays it. */
	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void roundTripsGeneratedText(long seed) throws IOException {
		Random random = new Random(seed);
		String alphabet = "ab,\"\n\r;|'=+-@\t é日😀 ";
		List<Episode> written = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			StringBuilder note = new StringBuilder();
			int length = 1 + random.nextInt(30);
			for (int c = 0; c < length; c++) {
				note.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
						random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
			}
			notes.add(note.toString());
			written.add(episode(i + 1, note.toString()));
		}
		streams(written);
		StringWriter out = new StringWriter();
		this.csv.writeEpisodes(OWNER, RANGE, out);

		List<CSVRecord> records = READ.parse(new StringReader(out.toString())).getRecords();
		assertThat(records).as("seed " + seed).hasSize(notes.size());
		for (int i = 0; i < notes.size(); i++) {
			assertThat(records.get(i).get("notes")).as("seed %d note %d", seed, i)
				.isEqualTo(CsvExport.guard(notes.get(i)));
		}
	}

	static LongStream seeds() {
		long base = Long.getLong("csv.seed", 20261127L);
		return LongStream.range(base, base + Integer.getInteger("csv.cases", 50));
	}

	@Test
	void writesEachRowAsSoonAsItIsRead() throws IOException {
		StringWriter out = new StringWriter();
		List<String> seenWhileReading = new ArrayList<>();
		willAnswer(invocation -> {
			Consumer<Episode> action = invocation.getArgument(3);
			action.accept(episode(1, "first"));
			seenWhileReading.add(out.toString());
			action.accept(episode(2, "second"));
			seenWhileReading.add(out.toString());
			return null;
		}).given(this.episodes).forEachEpisodeBetween(eq(OWNER), eq(RANGE.from()), eq(RANGE.to()), any());

		this.csv.writeEpisodes(OWNER, RANGE, out);

		assertThat(seenWhileReading.get(0)).contains("first").doesNotContain("second");
		assertThat(seenWhileReading.get(1)).contains("second");
	}

	@Test
	void writesCheckInsOfTheRangeNewestFirstAsTheServiceGivesThem() throws IOException {
		List<CheckIn> stored = List.of(
				new CheckIn(LocalDate.of(2026, 11, 20), 900, 0, null, null, null, null, null, null, null, null, null),
				new CheckIn(LocalDate.of(2026, 11, 19), 2000, null, null, null, null, null, null, null, null, null,
						null));
		willAnswer(invocation -> {
			java.util.function.Consumer<CheckIn> action = invocation.getArgument(3);
			stored.forEach(action);
			return null;
		}).given(this.checkIns).forEachCheckInBetween(eq(OWNER), eq(RANGE.from()), eq(RANGE.to()), any());
		StringWriter out = new StringWriter();

		this.csv.writeCheckIns(OWNER, RANGE, out);

		List<CSVRecord> records = READ.parse(new StringReader(out.toString())).getRecords();
		assertThat(records).extracting(r -> r.get("nightOf")).containsExactly("2026-11-20", "2026-11-19");
		assertThat(records).extracting(r -> r.get("waterMl")).containsExactly("900", "2000");
	}

	@Test
	void theFormulaGuardIsUndoneExactlyAnApostropheOfTheTextsOwnIncluded() {
		for (String cell : List.of("=1", "'=1", "''=1", "'hello", "'", "''", "plain", "", " =1", "\t=1", "＝1", "'＋1",
				"@x", "-", "'-")) {
			assertThat(CsvExport.unguard(CsvExport.guard(cell))).as(cell).isEqualTo(cell);
		}
		assertThat(CsvExport.guard("'=1")).isEqualTo("''=1");
		assertThat(CsvExport.guard("'hello")).isEqualTo("'hello");
		assertThat(CsvExport.unguard("'hello")).isEqualTo("'hello");
	}

	@Test
	void anEmptyRangeIsAHeaderRowOnly() throws IOException {
		StringWriter out = new StringWriter();
		this.csv.writeEpisodes(OWNER, RANGE, out);
		assertThat(out.toString()).isEqualTo(String.join(",", CsvExport.EPISODE_COLUMNS) + "\r\n");
	}

	private void streams(List<Episode> episodes) {
		willAnswer(invocation -> {
			Consumer<Episode> action = invocation.getArgument(3);
			episodes.forEach(action);
			return null;
		}).given(this.episodes).forEachEpisodeBetween(eq(OWNER), eq(RANGE.from()), eq(RANGE.to()), any());
	}

	static Episode episode(long id, String notes) {
		OffsetDateTime start = OffsetDateTime.parse("2026-11-20T02:14:00+01:00").minusDays(id % 10);
		return new Episode(id, start, 90, 5, Muscle.CALF, Side.RIGHT, false, Set.of(), null, Set.of(),
				notes.isEmpty() ? null : notes, NightRule.nightOf(start), NightRule.isDaytime(start));
	}

}
