package org.crampwise.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import org.crampwise.account.AccountId;
import org.crampwise.checkin.CheckIn;
import org.crampwise.checkin.CheckInService;
import org.crampwise.episode.Episode;
import org.crampwise.episode.EpisodeDetail;
import org.crampwise.episode.EpisodeService;

/**
 * Episodes and check-ins as RFC 4180 CSV (Apache Commons CSV): a header row with the API contract's field names,
 * one row per record, CRLF line ends, quotes only where needed. Rows go to the writer as they are read: episodes
 * come through {@link EpisodeService#forEachEpisodeBetween} in chunks, so memory does not grow with the export.
 * <p>
 * Cells: times ISO-8601 with the offset the user logged them with; dates {@code YYYY-MM-DD}; booleans
 * {@code true}/{@code false}; decimals without trailing zeros ({@code 7}, {@code 1.5}); enum codes as in the API;
 * several codes in one cell joined by {@value #SEPARATOR} in declaration order; an empty cell for "not given" or
 * "not answered". A cell that a spreadsheet would read as a formula ({@link #startsLikeFormula}) gets a leading
 * apostrophe; see docs/exports.md.
 */
@Component
class CsvExport {

	/** Joins the codes of a multi-valued field in one cell. */
	static final String SEPARATOR = "|";

	static final List<String> EPISODE_COLUMNS = List.of("id", "startedAt", "durationSeconds", "intensity", "muscle",
			"side", "wokeFromSleep", "reliefsTried", "helpedMost", "warningSigns", "notes", "nightOf", "daytime");

	static final List<String> CHECKIN_COLUMNS = List.of("nightOf", "waterMl", "alcoholDrinks",
			"hoursFromLastDrinkToBed", "standingHours", "sittingHours", "exercise", "stretchedBeforeBed",
			"warmBathBeforeBed", "potassiumFoodServings", "magnesiumSupplement", "tightBedding");

	/** First characters that make a spreadsheet evaluate a cell (OWASP "CSV injection"), after NFKC folding. */
	private static final String FORMULA_STARTS = "=+-@\u2212";

	private final EpisodeService episodes;

	private final CheckInService checkIns;

	CsvExport(EpisodeService episodes, CheckInService checkIns) {
		this.episodes = episodes;
		this.checkIns = checkIns;
	}

	/** Writes the owner's episodes of the range, newest first, and flushes (the writer stays open). */
	void writeEpisodes(AccountId owner, ExportRange range, Writer out) throws IOException {
		CSVPrinter printer = format(EPISODE_COLUMNS).print(out);
		try {
			this.episodes.forEachEpisodeBetween(owner, range.from(), range.to(), episode -> {
				try {
					printer.printRecord(episodeRow(episode));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		printer.flush();
	}

	/**
	 * Writes the owner's check-ins of the range (at most one per night), newest first, and flushes; read in chunks
	 * ({@link CheckInService#forEachCheckInBetween}), so memory does not grow with the range.
	 */
	void writeCheckIns(AccountId owner, ExportRange range, Writer out) throws IOException {
		CSVPrinter printer = format(CHECKIN_COLUMNS).print(out);
		try {
			this.checkIns.forEachCheckInBetween(owner, range.from(), range.to(), checkIn -> {
				try {
					printer.printRecord(checkInRow(checkIn));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		printer.flush();
	}

	/** Writes rows of any of the archive's other files with the same format and guard, and flushes. */
	static void writeRows(List<String> columns, Iterable<? extends List<String>> rows, Writer out) throws IOException {
		CSVPrinter printer = format(columns).print(out);
		for (List<String> row : rows) {
			printer.printRecord(guarded(row));
		}
		printer.flush();
	}

	/** One episode's cells, in the order of {@link #EPISODE_COLUMNS}. */
	static List<String> episodeRow(Episode episode) {
		List<String> cells = new ArrayList<>(EPISODE_COLUMNS.size());
		cells.add(Long.toString(episode.id()));
		cells.add(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(episode.startedAt()));
		cells.add(Integer.toString(episode.durationSeconds()));
		cells.add(episode.isGiven(EpisodeDetail.INTENSITY) ? Integer.toString(episode.intensity()) : "");
		cells.add(episode.isGiven(EpisodeDetail.MUSCLE) ? episode.muscle().name() : "");
		cells.add(episode.isGiven(EpisodeDetail.SIDE) ? episode.side().name() : "");
		cells.add(Boolean.toString(episode.wokeFromSleep()));
		cells.add(codes(episode.reliefsTried()));
		cells.add((episode.helpedMost() != null) ? episode.helpedMost().name() : "");
		cells.add(codes(episode.warningSigns()));
		cells.add(text(episode.notes()));
		cells.add(episode.nightOf().toString());
		cells.add(Boolean.toString(episode.daytime()));
		return guarded(cells);
	}

	/** One check-in's cells, in the order of {@link #CHECKIN_COLUMNS}. */
	static List<String> checkInRow(CheckIn checkIn) {
		return guarded(Arrays.asList(checkIn.nightOf().toString(), number(checkIn.waterMl()),
				number(checkIn.alcoholDrinks()), number(checkIn.hoursFromLastDrinkToBed()),
				number(checkIn.standingHours()), number(checkIn.sittingHours()),
				(checkIn.exercise() != null) ? checkIn.exercise().name() : "", bool(checkIn.stretchedBeforeBed()),
				bool(checkIn.warmBathBeforeBed()), number(checkIn.potassiumFoodServings()),
				bool(checkIn.magnesiumSupplement()), bool(checkIn.tightBedding())));
	}

	/**
	 * A cell a spreadsheet would take for a formula gets a leading apostrophe, which spreadsheets show as text
	 * and do not evaluate. Only free text can start so: codes, dates, times and our numbers (never negative) do not.
	 */
	static String guard(String cell) {
		return needsGuard(cell) ? "'" + cell : cell;
	}

	/**
	 * The cell as it was before {@link #guard}: one leading apostrophe goes when the rest is a cell the guard
	 * would have marked. The guard marks a cell that {@link #startsLikeFormula starts like a formula}, and also a cell
	 * made of an apostrophe before such a cell ({@code '=1} is written {@code ''=1}), so every text reads back as
	 * it was typed, an apostrophe of its own included.
	 */
	static String unguard(String cell) {
		return (cell.startsWith("'") && needsGuard(cell.substring(1))) ? cell.substring(1) : cell;
	}

	private static boolean needsGuard(String cell) {
		int apostrophes = 0;
		while (apostrophes < cell.length() && cell.charAt(apostrophes) == '\'') {
			apostrophes++;
		}
		return startsLikeFormula(cell.substring(apostrophes));
	}

	/**
	 * Whether a spreadsheet could read the cell as a formula: it starts with a tab, a carriage return or a line
	 * feed, or its first character after any spaces (Unicode spaces included) is {@code = + - @} in any width or
	 * form that folds to one under NFKC (fullwidth {@code ＝ ＋ － ＠}, small {@code ﹦ ﹢ ﹣}) or a minus sign.
	 */
	static boolean startsLikeFormula(String cell) {
		for (int i = 0; i < cell.length();) {
			int codePoint = cell.codePointAt(i);
			if (codePoint == '\t' || codePoint == '\r' || codePoint == '\n') {
				return true;
			}
			if (!Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint)) {
				String folded = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKC);
				return !folded.isEmpty() && FORMULA_STARTS.indexOf(folded.charAt(0)) >= 0;
			}
			i += Character.charCount(codePoint);
		}
		return false;
	}

	private static List<String> guarded(List<String> cells) {
		return cells.stream().map(CsvExport::guard).toList();
	}

	static CSVFormat format(List<String> columns) {
		return CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get();
	}

	static <E extends Enum<E>> String codes(Collection<E> codes) {
		return codes.stream().sorted().map(Enum::name).collect(Collectors.joining(SEPARATOR));
	}

	private static String text(@Nullable String text) {
		return (text != null) ? text : "";
	}

	static String number(@Nullable Number number) {
		if (number == null) {
			return "";
		}
		if (number instanceof Double decimal) {
			return BigDecimal.valueOf(decimal).stripTrailingZeros().toPlainString();
		}
		return number.toString();
	}

	static String bool(@Nullable Boolean value) {
		return (value != null) ? value.toString() : "";
	}

}
