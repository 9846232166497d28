package org.crampwise.archive;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.crampwise.account.AccountId;
import org.crampwise.checkin.CheckIn;
import org.crampwise.checkin.CheckInImports;
import org.crampwise.checkin.CheckInService;
import org.crampwise.episode.Episode;
import org.crampwise.episode.EpisodeImports;
import org.crampwise.episode.EpisodeService;
import org.crampwise.export.DiaryCsv;
import org.crampwise.export.DiaryCsv.NightFacts;
import org.crampwise.export.DiaryCsv.Parsed;
import org.crampwise.export.DiaryCsv.Row;
import org.crampwise.nights.NightImports;
import org.crampwise.nights.NightService;
import org.crampwise.system.FieldProblem;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.FormProblems;

/**
 * Brings the export's own CSV files back, by the import rules (docs/data.md): a row equal in every field to a
 * stored one (the id aside) is unchanged; an episode row that differs is added; a check-in (or a nights row) for a
 * night whose stored one differs is a conflict, a bad row unless {@code replace}; nothing of a file with a bad row
 * is stored, nor of the other files: the whole import is one transaction, checked before its first write. Each row
 * is checked by its own module's rules ({@link EpisodeImports#check}, {@link CheckInImports#problems}), never by a
 * copy of them.
 * <p>
 * Memory: the files' rows and the stored rows of the nights they cover are held while the import runs; the upload
 * limit (docs/data.md) bounds both.
 */
@Service
class ImportService {

	/** How many problems a refusal lists. */
	static final int MAX_LISTED = 50;

	private final DiaryCsv csv;

	private final EpisodeImports episodeImports;

	private final EpisodeService episodes;

	private final CheckInImports checkInImports;

	private final CheckInService checkIns;

	private final NightImports nightImports;

	private final NightService nights;

	private final MessageSource messages;

	ImportService(DiaryCsv csv, EpisodeImports episodeImports, EpisodeService episodes, CheckInImports checkInImports,
			CheckInService checkIns, NightImports nightImports, NightService nights, MessageSource messages) {
		this.csv = csv;
		this.episodeImports = episodeImports;
		this.episodes = episodes;
		this.checkInImports = checkInImports;
		this.checkIns = checkIns;
		this.nightImports = nightImports;
		this.nights = nights;
		this.messages = messages;
	}

	/**
	 * Imports the given files for the owner, or (dry run) says what it would do.
	 * @param files at least one of the three, each a reader of its CSV text
	 * @throws InvalidInputException naming {@code episodes} when no file is given
	 * @throws ImportRefusedException listing the bad rows; nothing is stored then
	 */
	@Transactional
	ImportResult run(AccountId owner, Map<ImportFile, Reader> files, boolean dryRun, boolean replace) {
		if (files.isEmpty()) {
			throw InvalidInputException.of(ImportFile.EPISODES.part(), "archive.import.noFile");
		}
		Problems problems = new Problems();
		LocalDate tonight = this.nights.tonight(owner);

		List<Row<Episode>> episodeRows = read(ImportFile.EPISODES, files, this.csv::readEpisodes, problems);
		List<Row<Episode>> checkedEpisodes = new ArrayList<>();
		for (Row<Episode> row : episodeRows) {
			try {
				checkedEpisodes.add(new Row<>(row.row(), this.episodeImports.check(row.value())));
			}
			catch (InvalidInputException ex) {
				problems.add(ImportFile.EPISODES, row.row(), ex.problems());
			}
		}
		List<Row<CheckIn>> checkInRows = read(ImportFile.CHECKINS, files, this.csv::readCheckIns, problems);
		for (Row<CheckIn> row : checkInRows) {
			problems.add(ImportFile.CHECKINS, row.row(), this.checkInImports.problems(row.value(), tonight));
		}
		List<Row<NightFacts>> nightRows = read(ImportFile.NIGHTS, files, this.csv::readNights, problems);
		if (problems.any()) {
			throw problems.refusal();
		}

		// episodes: a multiset of the stored ones of the file's nights, each matched at most once
		List<Episode> newEpisodes = new ArrayList<>();
		int unchangedEpisodes = 0;
		Set<LocalDate> episodeNights = new HashSet<>();
		if (!checkedEpisodes.isEmpty()) {
			LocalDate first = min(checkedEpisodes, row -> row.value().nightOf());
			LocalDate last = max(checkedEpisodes, row -> row.value().nightOf());
			Map<Episode, Integer> stored = new HashMap<>();
			for (Episode episode : this.episodes.episodesBetween(owner, first, last)) {
				stored.merge(withoutId(episode), 1, Integer::sum);
			}
			for (Row<Episode> row : checkedEpisodes) {
				Episode episode = row.value();
				episodeNights.add(episode.nightOf());
				if (stored.getOrDefault(episode, 0) > 0) {
					stored.merge(episode, -1, Integer::sum);
					unchangedEpisodes++;
				}
				else {
					newEpisodes.add(episode);
				}
			}
		}

		// check-ins: one per night; a different stored one is a conflict unless replace
		List<CheckIn> addedCheckIns = new ArrayList<>();
		List<CheckIn> replacedCheckIns = new ArrayList<>();
		int unchangedCheckIns = 0;
		Set<LocalDate> checkInNights = new HashSet<>();
		if (!checkInRows.isEmpty()) {
			Map<LocalDate, CheckIn> stored = new HashMap<>();
			this.checkIns
				.checkInsBetween(owner, min(checkInRows, row -> row.value().nightOf()),
						max(checkInRows, row -> row.value().nightOf()))
				.forEach(checkIn -> stored.put(checkIn.nightOf(), checkIn));
			for (Row<CheckIn> row : checkInRows) {
				CheckIn checkIn = row.value();
				if (!checkInNights.add(checkIn.nightOf())) {
					problems.add(ImportFile.CHECKINS, row.row(), "nightOf", message("archive.import.twice"));
					continue;
				}
				CheckIn was = stored.get(checkIn.nightOf());
				if (was == null) {
					addedCheckIns.add(checkIn);
				}
				else if (was.equals(checkIn)) {
					unchangedCheckIns++;
				}
				else if (replace) {
					replacedCheckIns.add(checkIn);
				}
				else {
					problems.add(ImportFile.CHECKINS, row.row(), "nightOf", message("archive.import.checkInConflict"));
				}
			}
		}

		// nights: the "no cramps" mark and the "same as last night" flag of each night
		List<LocalDate> mark = new ArrayList<>();
		List<LocalDate> unmark = new ArrayList<>();
		Map<LocalDate, Boolean> copied = new HashMap<>();
		int addedNights = 0;
		int unchangedNights = 0;
		int replacedNights = 0;
		if (!nightRows.isEmpty()) {
			LocalDate first = min(nightRows, row -> row.value().nightOf());
			LocalDate last = max(nightRows, row -> row.value().nightOf());
			Set<LocalDate> marked = new HashSet<>(this.nightImports.markedNights(owner));
			Set<LocalDate> storedCopied = this.checkIns.copiedNightsBetween(owner, first, last);
			Set<LocalDate> storedEpisodeNights = this.episodeImports.nightsWithEpisodes(owner, first, last);
			Set<LocalDate> storedCheckInNights = new HashSet<>();
			this.checkIns.checkInsBetween(owner, first, last).forEach(c -> storedCheckInNights.add(c.nightOf()));
			Set<LocalDate> seen = new HashSet<>();
			for (Row<NightFacts> row : nightRows) {
				NightFacts night = row.value();
				LocalDate date = night.nightOf();
				if (!seen.add(date)) {
					problems.add(ImportFile.NIGHTS, row.row(), "nightOf", message("archive.import.twice"));
					continue;
				}
				boolean bad = false;
				if (night.noCramps() && date.isAfter(tonight)) {
					problems.add(ImportFile.NIGHTS, row.row(), "noCramps", message("archive.import.futureNight"));
					bad = true;
				}
				else if (night.noCramps() && (episodeNights.contains(date) || storedEpisodeNights.contains(date))) {
					problems.add(ImportFile.NIGHTS, row.row(), "noCramps", message("archive.import.crampNight"));
					bad = true;
				}
				if (night.copiedFromPrevious() && !checkInNights.contains(date) && !storedCheckInNights.contains(date)) {
					problems.add(ImportFile.NIGHTS, row.row(), "copiedFromPrevious",
							message("archive.import.noCheckIn"));
					bad = true;
				}
				if (bad) {
					continue;
				}
				boolean wasMarked = marked.contains(date);
				boolean wasCopied = storedCopied.contains(date);
				if (night.noCramps() == wasMarked && night.copiedFromPrevious() == wasCopied) {
					unchangedNights++;
				}
				else if (!wasMarked && !wasCopied) {
					addedNights++;
				}
				else if (replace) {
					replacedNights++;
				}
				else {
					problems.add(ImportFile.NIGHTS, row.row(), wasMarked ? "noCramps" : "copiedFromPrevious",
							message("archive.import.nightConflict"));
					continue;
				}
				if (night.noCramps() && !wasMarked) {
					mark.add(date);
				}
				else if (!night.noCramps() && wasMarked) {
					unmark.add(date);
				}
				copied.put(date, night.copiedFromPrevious());
			}
		}
		if (problems.any()) {
			throw problems.refusal();
		}
		if (!dryRun) {
			this.nightImports.store(owner, mark, unmark);
			this.episodeImports.store(owner, newEpisodes);
			this.checkInImports.store(owner, addedCheckIns, replacedCheckIns, copied);
		}
		return new ImportResult(
				files.containsKey(ImportFile.EPISODES)
						? new ImportResult.Counts(newEpisodes.size(), unchangedEpisodes, 0) : null,
				files.containsKey(ImportFile.CHECKINS) ? new ImportResult.Counts(addedCheckIns.size(),
						unchangedCheckIns, replacedCheckIns.size()) : null,
				files.containsKey(ImportFile.NIGHTS)
						? new ImportResult.Counts(addedNights, unchangedNights, replacedNights) : null,
				dryRun);
	}

	private <T> List<Row<T>> read(ImportFile file, Map<ImportFile, Reader> files, Function<Reader, Parsed<T>> reader,
			Problems problems) {
		Reader in = files.get(file);
		if (in == null) {
			return List.of();
		}
		Parsed<T> parsed = reader.apply(in);
		parsed.problems().forEach(p -> problems.add(file, p.row(), p.field(), p.message()));
		return parsed.rows();
	}

	private static Episode withoutId(Episode episode) {
		return new Episode(0, episode.startedAt(), episode.durationSeconds(), episode.intensity(), episode.muscle(),
				episode.side(), episode.wokeFromSleep(), episode.reliefsTried(), episode.helpedMost(),
				episode.warningSigns(), episode.notes(), episode.nightOf(), episode.daytime());
	}

	private static <T> LocalDate min(Collection<Row<T>> rows, Function<Row<T>, LocalDate> night) {
		return rows.stream().map(night).min(Comparator.naturalOrder()).orElseThrow();
	}

	private static <T> LocalDate max(Collection<Row<T>> rows, Function<Row<T>, LocalDate> night) {
		return rows.stream().map(night).max(Comparator.naturalOrder()).orElseThrow();
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	/** The problems found so far, all kept (the files bound them); the first {@value #MAX_LISTED} by file and row listed. */
	private static final class Problems {

		private final List<ImportProblem> all = new ArrayList<>();

		void add(ImportFile file, int row, String field, String message) {
			this.all.add(new ImportProblem(file.part(), row, field, message));
		}

		void add(ImportFile file, int row, List<FieldProblem> problems) {
			problems.forEach(problem -> add(file, row, problem.field(),
					FormProblems.message(problem, LocaleContextHolder.getLocale())));
		}

		boolean any() {
			return !this.all.isEmpty();
		}

		ImportRefusedException refusal() {
			List<ImportProblem> sorted = this.all.stream()
				.sorted(Comparator.comparing((ImportProblem p) -> ImportFile.ofPart(p.file()).orElseThrow())
					.thenComparingInt(ImportProblem::row))
				.limit(MAX_LISTED)
				.toList();
			return new ImportRefusedException(sorted, this.all.size());
		}

	}

	/** Files by part, in the order the rules read them. */
	static Map<ImportFile, Reader> files() {
		return new EnumMap<>(ImportFile.class);
	}

}
