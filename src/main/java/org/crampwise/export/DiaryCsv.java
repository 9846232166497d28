package org.crampwise.export;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.crampwise.account.AccountId;
import org.crampwise.checkin.CheckIn;
import org.crampwise.checkin.CheckInService;
import org.crampwise.checkin.ExerciseLevel;
import org.crampwise.episode.Episode;
import org.crampwise.episode.Muscle;
import org.crampwise.episode.Relief;
import org.crampwise.episode.Side;
import org.crampwise.episode.WarningSign;
import org.crampwise.nights.NightImports;
import org.crampwise.profile.Medication;
import org.crampwise.profile.MedicationService;
import org.crampwise.system.DateBounds;
import org.crampwise.system.StoredText;

/**
 * The diary's CSV files whole, for the archive, and read back, for the import: the same format as the exports
 * ({@link CsvExport}: columns, cells, formula guard), so a file the archive wrote is a file the import reads. Writing
 * streams (episodes and check-ins in chunks); reading turns each record into the domain's own record or names
 * what is wrong by row and column. The domain's rules (ranges, "not in the future", ...) are not checked here: the
 * importer asks the owning module.
 */
@Component
public class DiaryCsv {

	/** Every night there can be: the range of "everything". */
	static final ExportRange EVERYTHING = new ExportRange(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));

	public static final List<String> EPISODE_COLUMNS = CsvExport.EPISODE_COLUMNS;

	public static final List<String> CHECKIN_COLUMNS = CsvExport.CHECKIN_COLUMNS;

	/** {@code nights.csv}: the nights with a "no cramps" mark or a check-in saved as "same as last night". */
	public static final List<String> NIGHT_COLUMNS = List.of("nightOf", "noCramps", "copiedFromPrevious");

	public static final List<String> MEDICATION_COLUMNS = List.of("id", "name", "drugClass", "startedOn",
			"stoppedOn");

	private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,9}");

	private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,9}(\\.[0-9]{1,12})?");

	private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

	private final CsvExport csv;

	private final CheckInService checkIns;

	private final NightImports nights;

	private final MedicationService medications;

	private final MessageSource messages;

	DiaryCsv(CsvExport csv, CheckInService checkIns, NightImports nights, MedicationService medications,
			MessageSource messages) {
		this.csv = csv;
		this.checkIns = checkIns;
		this.nights = nights;
		this.medications = medications;
		this.messages = messages;
	}

	// writing: every row of the owner

	/** Every episode of the owner, newest first, read in chunks while written. */
	public void writeEpisodes(AccountId owner, Writer out) throws IOException {
		this.csv.writeEpisodes(owner, EVERYTHING, out);
	}

	/** Every check-in of the owner, newest first, read in chunks while written. */
	public void writeCheckIns(AccountId owner, Writer out) throws IOException {
		this.csv.writeCheckIns(owner, EVERYTHING, out);
	}

	/**
	 * The nights with a "no cramps" mark or a check-in saved with "same as last night" unchanged, newest first:
	 * {@code nightOf,noCramps,copiedFromPrevious}. (Both are lists of dates, at most one per night.)
	 */
	public void writeNights(AccountId owner, Writer out) throws IOException {
		Map<LocalDate, boolean[]> nights = new TreeMap<>((a, b) -> b.compareTo(a));
		this.nights.markedNights(owner).forEach(night -> nights.computeIfAbsent(night, n -> new boolean[2])[0] = true);
		this.checkIns.copiedNightsBetween(owner, EVERYTHING.from(), EVERYTHING.to())
			.forEach(night -> nights.computeIfAbsent(night, n -> new boolean[2])[1] = true);
		List<List<String>> rows = new ArrayList<>(nights.size());
		nights.forEach((night, facts) -> rows.add(List.of(night.toString(), Boolean.toString(facts[0]),
				Boolean.toString(facts[1]))));
		CsvExport.writeRows(NIGHT_COLUMNS, rows, out);
	}

	/** Every medication of the owner: {@code id,name,drugClass,startedOn,stoppedOn}. */
	public void writeMedications(AccountId owner, Writer out) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		for (Medication medication : this.medications.medications(owner)) {
			rows.add(Arrays.asList(Long.toString(medication.id()), medication.name(), medication.drugClass().name(),
					date(medication.startedOn()), date(medication.stoppedOn())));
		}
		CsvExport.writeRows(MEDICATION_COLUMNS, rows, out);
	}

	private static String date(@Nullable LocalDate date) {
		return (date != null) ? date.toString() : "";
	}

	// reading: the export's own files back

	/**
	 * Reads an {@code episodes.csv}. The {@code id}, {@code nightOf} and {@code daytime} cells are not read (a new
	 * id is given; night and daytime follow from the start), so each episode has the id 0 and the night and
	 * daytime of its start.
	 */
	public Parsed<Episode> readEpisodes(Reader in) {
		return read(in, EPISODE_COLUMNS, cells -> {
			OffsetDateTime startedAt = cells.time("startedAt");
			Integer duration = cells.whole("durationSeconds", true);
			Integer intensity = cells.whole("intensity", false);
			Muscle muscle = cells.code("muscle", Muscle.class, false);
			Side side = cells.code("side", Side.class, false);
			Boolean woke = cells.bool("wokeFromSleep", true);
			Set<Relief> reliefs = cells.codes("reliefsTried", Relief.class);
			Relief helpedMost = cells.code("helpedMost", Relief.class, false);
			Set<WarningSign> signs = cells.codes("warningSigns", WarningSign.class);
			String notes = cells.text("notes");
			if (startedAt == null || duration == null || woke == null || cells.failed()) {
				return null;
			}
			return new Episode(0, startedAt, duration, intensity, muscle, side, woke, reliefs, helpedMost, signs, notes,
					org.crampwise.system.NightRule.nightOf(startedAt),
					org.crampwise.system.NightRule.isDaytime(startedAt));
		});
	}

	/** Reads a {@code checkins.csv}: an empty cell is a question not answered. */
	public Parsed<CheckIn> readCheckIns(Reader in) {
		return read(in, CHECKIN_COLUMNS, cells -> {
			LocalDate night = cells.date("nightOf");
			CheckIn checkIn = new CheckIn(night, cells.whole("waterMl", false), cells.whole("alcoholDrinks", false),
					cells.decimal("hoursFromLastDrinkToBed"), cells.decimal("standingHours"),
					cells.decimal("sittingHours"), cells.code("exercise", ExerciseLevel.class, false),
					cells.bool("stretchedBeforeBed", false), cells.bool("warmBathBeforeBed", false),
					cells.whole("potassiumFoodServings", false), cells.bool("magnesiumSupplement", false),
					cells.bool("tightBedding", false));
			return (night == null || cells.failed()) ? null : checkIn;
		});
	}

	/** Reads a {@code nights.csv}. */
	public Parsed<NightFacts> readNights(Reader in) {
		return read(in, NIGHT_COLUMNS, cells -> {
			LocalDate night = cells.date("nightOf");
			Boolean noCramps = cells.bool("noCramps", true);
			Boolean copied = cells.bool("copiedFromPrevious", true);
			return (night == null || noCramps == null || copied == null || cells.failed()) ? null
					: new NightFacts(night, noCramps, copied);
		});
	}

	private <T> Parsed<T> read(Reader in, List<String> columns, RowReader<T> rowReader) {
		List<Row<T>> rows = new ArrayList<>();
		List<CellProblem> problems = new ArrayList<>();
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		int row = 0;
		try (CSVParser parser = CSVParser.builder().setReader(withoutBom(in)).setFormat(format).get()) {
			row = 1;
			List<String> header = parser.getHeaderNames();
			if (header.isEmpty()) {
				problems.add(new CellProblem(1, columns.get(0), message("export.import.noHeader", columns.get(0))));
				return new Parsed<>(rows, problems);
			}
			for (String column : columns) {
				if (!header.contains(column)) {
					problems.add(new CellProblem(1, column, message("export.import.missingColumn")));
				}
			}
			for (String name : header) {
				if (!columns.contains(name)) {
					problems.add(new CellProblem(1, name, message("export.import.unknownColumn")));
				}
			}
			if (!problems.isEmpty()) {
				return new Parsed<>(rows, problems);
			}
			for (CSVRecord record : parser) {
				row++;
				if (record.size() != header.size()) {
					String field = (record.size() < header.size()) ? header.get(record.size())
							: header.get(header.size() - 1);
					problems.add(new CellProblem(row, field,
							message("export.import.cellCount", record.size(), header.size())));
					continue;
				}
				Cells cells = new Cells(record, row, problems);
				T value = rowReader.read(cells);
				if (value != null) {
					rows.add(new Row<>(row, value));
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			// Commons CSV: an unclosed quote, text after a closing quote, a header named twice; bytes not UTF-8.
			// The record after the last one read (row 0 + 1: the header itself)
			problems.add(new CellProblem(row + 1, columns.get(0), message("export.import.unreadable")));
		}
		return new Parsed<>(rows, problems);
	}

	private static Reader withoutBom(Reader in) throws IOException {
		java.io.PushbackReader reader = new java.io.PushbackReader(in, 1);
		int first = reader.read();
		if (first != -1 && first != '\uFEFF') {
			reader.unread(first);
		}
		return reader;
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	/** The cells of one record, each read by its column's name, the formula guard undone. */
	private final class Cells {

		private final CSVRecord record;

		private final int row;

		private final List<CellProblem> problems;

		private boolean failed;

		Cells(CSVRecord record, int row, List<CellProblem> problems) {
			this.record = record;
			this.row = row;
			this.problems = problems;
		}

		boolean failed() {
			return this.failed;
		}

		private String cell(String column) {
			return CsvExport.unguard(this.record.get(column));
		}

		private void problem(String column, String key, Object... args) {
			this.failed = true;
			this.problems.add(new CellProblem(this.row, column, message(key, args)));
		}

		@Nullable OffsetDateTime time(String column) {
			String cell = cell(column);
			if (cell.isEmpty()) {
				problem(column, "export.import.required");
				return null;
			}
			try {
				OffsetDateTime time = OffsetDateTime.parse(cell, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
				if (DateBounds.within(time.toLocalDate())) {
					return time;
				}
			}
			catch (DateTimeParseException ex) {
				// named below
			}
			problem(column, "export.import.time");
			return null;
		}

		@Nullable LocalDate date(String column) {
			String cell = cell(column);
			if (cell.isEmpty()) {
				problem(column, "export.import.required");
				return null;
			}
			if (DATE.matcher(cell).matches()) {
				try {
					LocalDate date = LocalDate.parse(cell);
					if (DateBounds.within(date)) {
						return date;
					}
				}
				catch (DateTimeParseException ex) {
					// named below
				}
			}
			problem(column, "export.import.date", DateBounds.EARLIEST, DateBounds.LATEST);
			return null;
		}

		@Nullable Integer whole(String column, boolean required) {
			String cell = cell(column);
			if (cell.isEmpty()) {
				if (required) {
					problem(column, "export.import.required");
				}
				return null;
			}
			if (WHOLE.matcher(cell).matches()) {
				return Integer.valueOf(cell);
			}
			problem(column, "export.import.whole");
			return null;
		}

		@Nullable Double decimal(String column) {
			String cell = cell(column);
			if (cell.isEmpty()) {
				return null;
			}
			if (DECIMAL.matcher(cell).matches()) {
				return Double.valueOf(cell);
			}
			problem(column, "export.import.decimal");
			return null;
		}

		@Nullable Boolean bool(String column, boolean required) {
			String cell = cell(column);
			if (cell.isEmpty()) {
				if (required) {
					problem(column, "export.import.required");
				}
				return null;
			}
			if (cell.equals("true") || cell.equals("false")) {
				return Boolean.valueOf(cell);
			}
			problem(column, "export.import.boolean");
			return null;
		}

		<E extends Enum<E>> @Nullable E code(String column, Class<E> type, boolean required) {
			String cell = cell(column);
			if (cell.isEmpty()) {
				if (required) {
					problem(column, "export.import.required");
				}
				return null;
			}
			E code = codeOf(type, cell);
			if (code == null) {
				problem(column, "export.import.code", codeList(type));
			}
			return code;
		}

		<E extends Enum<E>> Set<E> codes(String column, Class<E> type) {
			String cell = cell(column);
			EnumSet<E> found = EnumSet.noneOf(type);
			if (cell.isEmpty()) {
				return found;
			}
			for (String part : cell.split(Pattern.quote(CsvExport.SEPARATOR), -1)) {
				E code = codeOf(type, part);
				if (code == null) {
					problem(column, "export.import.codes", codeList(type), CsvExport.SEPARATOR);
					return found;
				}
				found.add(code);
			}
			return found;
		}

		@Nullable String text(String column) {
			String cell = cell(column);
			if (cell.isEmpty()) {
				return null;
			}
			String refused = StoredText.problem(cell);
			if (refused != null) {
				this.failed = true;
				this.problems.add(new CellProblem(this.row, column, refused));
				return null;
			}
			return cell;
		}

	}

	private static <E extends Enum<E>> @Nullable E codeOf(Class<E> type, String cell) {
		for (E code : type.getEnumConstants()) {
			if (code.name().equals(cell)) {
				return code;
			}
		}
		return null;
	}

	private static <E extends Enum<E>> String codeList(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
	}

	@FunctionalInterface
	private interface RowReader<T> {

		/** The row's value, or null when a cell was bad (its problem is recorded). */
		@Nullable T read(Cells cells);

	}

	/**
	 * What a file held: its good rows and the problems of the others.
	 *
	 * @param rows the rows that could be read, in file order
	 * @param problems one per bad cell, header or record, in file order
	 */
	public record Parsed<T>(List<Row<T>> rows, List<CellProblem> problems) {
	}

	/**
	 * One row read.
	 *
	 * @param row its record number, the header being row 1
	 * @param value what it holds
	 */
	public record Row<T>(int row, T value) {
	}

	/**
	 * A bad cell, header or record.
	 *
	 * @param row the record number, the header being row 1
	 * @param field the column
	 * @param message what is wrong, in the reader's language
	 */
	public record CellProblem(int row, String field, String message) {
	}

	/**
	 * A row of {@code nights.csv}.
	 *
	 * @param nightOf the night
	 * @param noCramps the user said this night had no cramps
	 * @param copiedFromPrevious the night's check-in was saved with "same as last night" unchanged
	 */
	public record NightFacts(LocalDate nightOf, boolean noCramps, boolean copiedFromPrevious) {
	}

}
