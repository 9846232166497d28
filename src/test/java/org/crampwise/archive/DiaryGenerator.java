package org.crampwise.archive;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.crampwise.checkin.CheckIn;
import org.crampwise.checkin.ExerciseLevel;
import org.crampwise.episode.Episode;
import org.crampwise.episode.Muscle;
import org.crampwise.episode.Relief;
import org.crampwise.episode.Side;
import org.crampwise.episode.WarningSign;
import org.crampwise.export.DiaryCsv;
import org.crampwise.export.DiaryCsv.NightFacts;
import org.crampwise.system.NightRule;

/**
 * A seeded random diary of the nights before tonight, about 4,000 rows for 10 years, with awkward notes (quotes,
 * commas, line breaks, emoji, non-Latin scripts, formula starts, the 2,000-character limit), episodes without
 * details (timed ones), and check-ins with every field empty and every field at its limit; written as the CSV files
 * the import reads. Nothing is guarded here: no generated note starts with an apostrophe before a formula start.
 */
final class DiaryGenerator {

	private static final List<String> NOTES = List.of("plain words", "\"quoted\", with a comma", "two\nlines",
			"windows\r\nline end", "emoji 🦵💥 and a flag 🇪🇸", "日本語のメモ", "ночью свело ногу", "تشنج في الساق",
			"=SUM(A1)", "+1 extra", "-minus first", "@mention", "\ttab first", " =spaced formula", "'an apostrophe",
			"ends with a quote\"", ",leading comma", "a | pipe", "ümlaut ß é ñ", "  spaces around  ");

	private static final List<ZoneOffset> OFFSETS = List.of(ZoneOffset.ofHours(1), ZoneOffset.ofHours(2),
			ZoneOffset.ofHours(9), ZoneOffset.ofHours(-5), ZoneOffset.UTC, ZoneOffset.ofHoursMinutes(5, 30));

	final List<Episode> episodes = new ArrayList<>();

	final List<CheckIn> checkIns = new ArrayList<>();

	final List<NightFacts> nights = new ArrayList<>();

	/** A diary of {@code nights} nights ending last night. */
	DiaryGenerator(long seed, int nightCount, LocalDate tonight) {
		Random random = new Random(seed);
		for (int i = nightCount; i >= 1; i--) {
			LocalDate night = tonight.minusDays(i);
			int count = (i == 1) ? 2 : episodesOn(random);
			for (int k = 0; k < count; k++) {
				this.episodes.add(episode(random, night, (i == 1 && k == 1) || random.nextInt(10) == 0));
			}
			boolean checkIn = i == 1 || i == 2 || random.nextInt(100) < 55;
			if (checkIn) {
				CheckIn answers = (i == 1) ? atLimit(night) : (i == 2) ? empty(night) : checkIn(random, night);
				this.checkIns.add(answers);
			}
			boolean noCramps = count == 0 && random.nextInt(5) == 0;
			boolean copied = checkIn && random.nextInt(10) == 0;
			if (noCramps || copied) {
				this.nights.add(new NightFacts(night, noCramps, copied));
			}
		}
	}

	private static int episodesOn(Random random) {
		int roll = random.nextInt(10);
		return (roll < 6) ? 0 : (roll < 9) ? 1 : 2;
	}

	private static Episode episode(Random random, LocalDate night, boolean timed) {
		ZoneOffset offset = OFFSETS.get(random.nextInt(OFFSETS.size()));
		boolean daytime = random.nextInt(8) == 0;
		OffsetDateTime start = daytime
				? night.atTime(12 + random.nextInt(8), random.nextInt(60), random.nextInt(60)).atOffset(offset)
				: night.plusDays(1).atTime(random.nextInt(7), random.nextInt(60), random.nextInt(60)).atOffset(offset);
		int duration = switch (random.nextInt(20)) {
			case 0 -> 1;
			case 1 -> 86_400;
			default -> 5 + random.nextInt(900);
		};
		Set<Relief> reliefs = EnumSet.noneOf(Relief.class);
		for (Relief relief : Relief.values()) {
			if (random.nextInt(3) == 0) {
				reliefs.add(relief);
			}
		}
		Relief helped = (reliefs.isEmpty() || random.nextBoolean()) ? null
				: reliefs.stream().skip(random.nextInt(reliefs.size())).findFirst().orElseThrow();
		Set<WarningSign> signs = EnumSet.noneOf(WarningSign.class);
		if (random.nextInt(15) == 0) {
			signs.add(WarningSign.values()[random.nextInt(WarningSign.values().length)]);
		}
		String notes = notes(random);
		if (timed) {
			return new Episode(0, start, duration, null, null, null, random.nextBoolean(), Set.of(), null, Set.of(),
					notes, NightRule.nightOf(start), NightRule.isDaytime(start));
		}
		return new Episode(0, start, duration, random.nextInt(11), Muscle.values()[random.nextInt(4)],
				Side.values()[random.nextInt(3)], random.nextBoolean(), reliefs, helped, signs, notes,
				NightRule.nightOf(start), NightRule.isDaytime(start));
	}

	private static String notes(Random random) {
		int roll = random.nextInt(20);
		if (roll < 8) {
			return null;
		}
		if (roll == 8) {
			// exactly at the limit: 2,000 characters as a person counts them, emoji included
			StringBuilder long_ = new StringBuilder();
			for (int i = 0; i < 2000; i++) {
				long_.append((i % 7 == 0) ? "🦵" : (i % 5 == 0) ? "\n" : "é");
			}
			return long_.toString();
		}
		String first = NOTES.get(random.nextInt(NOTES.size()));
		return random.nextBoolean() ? first : first + " / " + NOTES.get(random.nextInt(NOTES.size()));
	}

	private static CheckIn checkIn(Random random, LocalDate night) {
		Integer drinks = maybe(random, random.nextInt(6));
		Double standing = maybe(random, random.nextInt(25) / 2.0);
		Double sitting = (standing != null) ? maybe(random, Math.min(24 - standing, random.nextInt(17) * 0.25))
				: maybe(random, random.nextInt(49) / 2.0);
		return new CheckIn(night, maybe(random, random.nextInt(41) * 250),
				drinks, (drinks != null && drinks > 0) ? maybe(random, random.nextInt(9) * 0.5) : null, standing,
				sitting, maybe(random, ExerciseLevel.values()[random.nextInt(4)]), maybe(random, random.nextBoolean()),
				maybe(random, random.nextBoolean()), maybe(random, random.nextInt(21)), maybe(random, random.nextBoolean()),
				maybe(random, random.nextBoolean()));
	}

	private static <T> T maybe(Random random, T value) {
		return (random.nextInt(4) == 0) ? null : value;
	}

	static CheckIn atLimit(LocalDate night) {
		return new CheckIn(night, 10_000, 30, 24.0, 24.0, 0.0, ExerciseLevel.HARD, true, true, 20, true, true);
	}

	static CheckIn empty(LocalDate night) {
		return new CheckIn(night, null, null, null, null, null, null, null, null, null, null, null);
	}

	int rows() {
		return this.episodes.size() + this.checkIns.size() + this.nights.size();
	}

	String episodesCsv() {
		List<List<String>> rows = new ArrayList<>();
		for (Episode e : this.episodes) {
			rows.add(List.of("", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.startedAt()),
					Integer.toString(e.durationSeconds()), (e.intensity() != null) ? e.intensity().toString() : "",
					(e.muscle() != null) ? e.muscle().name() : "", (e.side() != null) ? e.side().name() : "",
					Boolean.toString(e.wokeFromSleep()), codes(e.reliefsTried()),
					(e.helpedMost() != null) ? e.helpedMost().name() : "", codes(e.warningSigns()),
					(e.notes() != null) ? e.notes() : "", e.nightOf().toString(), Boolean.toString(e.daytime())));
		}
		return csv(DiaryCsv.EPISODE_COLUMNS, rows);
	}

	String checkInsCsv() {
		List<List<String>> rows = new ArrayList<>();
		for (CheckIn c : this.checkIns) {
			rows.add(java.util.Arrays.asList(c.nightOf().toString(), text(c.waterMl()), text(c.alcoholDrinks()),
					text(c.hoursFromLastDrinkToBed()), text(c.standingHours()), text(c.sittingHours()),
					(c.exercise() != null) ? c.exercise().name() : "", text(c.stretchedBeforeBed()),
					text(c.warmBathBeforeBed()), text(c.potassiumFoodServings()), text(c.magnesiumSupplement()),
					text(c.tightBedding())));
		}
		return csv(DiaryCsv.CHECKIN_COLUMNS, rows);
	}

	String nightsCsv() {
		List<List<String>> rows = new ArrayList<>();
		for (NightFacts n : this.nights) {
			rows.add(List.of(n.nightOf().toString(), Boolean.toString(n.noCramps()),
					Boolean.toString(n.copiedFromPrevious())));
		}
		return csv(DiaryCsv.NIGHT_COLUMNS, rows);
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double d) {
			return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
		}
		return value.toString();
	}

	private static <E extends Enum<E>> String codes(Set<E> codes) {
		return codes.stream().sorted().map(Enum::name).collect(Collectors.joining("|"));
	}

	static String csv(List<String> columns, List<List<String>> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get().print(out)) {
			for (List<String> row : rows) {
				printer.printRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
