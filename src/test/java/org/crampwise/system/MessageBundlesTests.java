package org.crampwise.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.crampwise.support.Bundles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message bundles are complete in every language found on disk: a key in one bundle and not in its twin fails,
 * as does a template that shows a key no bundle holds, or an enum constant whose label key is missing. New bundles,
 * new languages and new templates are covered without editing this test (a key built from an enum in a template is
 * named in {@link #DYNAMIC}, and the test fails until it is).
 */
class MessageBundlesTests {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern LOCALE_FILE = Pattern.compile("(.+?)_([a-z]{2,3}(?:_[A-Z]{2})?)\\.properties");

	/** Key prefixes a template (or the report) completes with an enum constant: prefix -> its keys. */
	private static final Map<String, Function<Enum<?>, String>> KEYS = Map.of("name", e -> e.name(), "key",
			e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-'));

	private static final List<String[]> DYNAMIC = List.of(
			new String[] { "episode.relief", "org.crampwise.episode.Relief", "name" },
			new String[] { "episode.muscle", "org.crampwise.episode.Muscle", "name" },
			new String[] { "episode.side", "org.crampwise.episode.Side", "name" },
			new String[] { "episode.warningSign", "org.crampwise.episode.WarningSign", "name" },
			new String[] { "export.relief", "org.crampwise.episode.Relief", "name" },
			new String[] { "export.side", "org.crampwise.episode.Side", "name" },
			new String[] { "export.warningSign", "org.crampwise.episode.WarningSign", "name" },
			new String[] { "export.fhir.muscle", "org.crampwise.episode.Muscle", "name" },
			new String[] { "export.fhir.side", "org.crampwise.episode.Side", "name" },
			new String[] { "export.drugClass", "org.crampwise.profile.DrugClass", "name" },
			new String[] { "export.redFlag", "org.crampwise.advice.RedFlagCode", "name" },
			new String[] { "export.urgency", "org.crampwise.advice.Urgency", "name" },
			new String[] { "export.format", "org.crampwise.export.ExportFormat", "name" },
			new String[] { "export.trend", "org.crampwise.export.ClinicianReport$Trend$Direction", "name" },
			new String[] { "tokens.scope", "org.crampwise.account.TokenScope", "name" },
			new String[] { "pregnancy", "org.crampwise.profile.Pregnancy", "name" },
			new String[] { "condition", "org.crampwise.profile.HealthCondition", "name" },
			new String[] { "drugClass", "org.crampwise.profile.DrugClass", "name" },
			new String[] { "medication.plain", "org.crampwise.profile.DrugClass", "name" },
			new String[] { "insights.verdict", "org.crampwise.insights.Verdict", "name" },
			new String[] { "insights.sentence", "org.crampwise.insights.Verdict", "name" },
			new String[] { "insights.medication", "org.crampwise.insights.Verdict", "name" },
			new String[] { "checkin.water.unit", "org.crampwise.checkin.WaterUnit", "name" },
			new String[] { "checkin.exercise", "org.crampwise.checkin.ExerciseLevel", "name" },
			new String[] { "share.status", "org.crampwise.share.ShareStatus", "name" },
			new String[] { "share.what", "org.crampwise.share.AccessKind", "name" },
			new String[] { "advice.evidence", "org.crampwise.advice.EvidenceGrade", "key" },
			new String[] { "advice.urgency", "org.crampwise.advice.Urgency", "key" },
			new String[] { "urgent.when", "org.crampwise.advice.Urgency", "key" },
			new String[] { "advice.enum.HealthCondition", "org.crampwise.profile.HealthCondition", "name" },
			new String[] { "advice.enum.Pregnancy", "org.crampwise.profile.Pregnancy", "name" },
			new String[] { "advice.enum.WarningSign", "org.crampwise.episode.WarningSign", "name" },
			new String[] { "advice.enum.ExerciseLevel", "org.crampwise.checkin.ExerciseLevel", "name" },
			new String[] { "experiments.remedy", "org.crampwise.experiments.TestedRemedy", "key" },
			new String[] { "experiments.status", "org.crampwise.experiments.ExperimentStatus", "name" },
			new String[] { "experiments.verdict", "org.crampwise.experiments.ExperimentVerdict", "name" },
			new String[] { "experiments.arm", "org.crampwise.experiments.Arm", "name" },
			new String[] { "experiments.decision", "org.crampwise.experiments.Decision", "name" },
			new String[] { "clinician.flag", "org.crampwise.advice.RedFlagCode", "name" },
			new String[] { "careteam.kind", "org.crampwise.clinician.AccessKind", "name" });

	/** Prefixes completed with something that is not an enum, and the values it takes. */
	private static final Map<String, List<String>> OTHER_DYNAMIC = Map.of("calendar.state",
			List.of("cramps", "none", "unknown", "future"), "language.name",
			Languages.SUPPORTED.stream().map(Locale::toLanguageTag).toList());

	@Test
	void everyBundleHasEveryKeyInEveryLanguageFoundOnDisk() throws IOException {
		Map<String, Set<String>> locales = localesByBasename();
		Set<String> languages = new TreeSet<>();
		locales.values().forEach(languages::addAll);
		assertThat(languages).as("languages found on disk").contains("es");
		List<String> problems = new ArrayList<>();
		for (String basename : locales.keySet()) {
			Properties base = load(MESSAGES.resolve(basename + ".properties"));
			for (String language : languages) {
				Path twin = MESSAGES.resolve(basename + "_" + language + ".properties");
				if (!Files.exists(twin)) {
					problems.add(twin + " is missing");
					continue;
				}
				Properties translated = load(twin);
				for (String key : base.stringPropertyNames()) {
					if (!translated.containsKey(key)) {
						problems.add(twin.getFileName() + " lacks " + key);
					}
					else if (!arguments(base.getProperty(key)).equals(arguments(translated.getProperty(key)))) {
						problems.add(twin.getFileName() + " " + key + " uses arguments "
								+ arguments(translated.getProperty(key)) + ", the base " + arguments(base.getProperty(key)));
					}
				}
				for (String key : translated.stringPropertyNames()) {
					if (!base.containsKey(key)) {
						problems.add(twin.getFileName() + " has " + key + ", which " + basename
								+ ".properties lacks");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyBundleOnDiskIsRead() throws IOException {
		assertThat(Bundles.basenames()).containsExactlyInAnyOrderElementsOf(
				localesByBasename().keySet().stream().map(name -> "messages/" + name).toList());
	}

	@Test
	void everyKeyATemplateShowsHasAMessage() throws IOException {
		Set<String> keys = allKeys();
		Pattern literal = Pattern
			.compile("#\\{([A-Za-z][\\w.-]*)[}(]|#messages\\.msg(?:OrNull)?\\('([\\w.-]*\\w)'\\s*[,)]");
		Pattern dynamic = Pattern.compile(
				"#\\{\\|([A-Za-z][\\w.-]*)\\.\\$\\{|(?:#\\{\\$\\{|#messages\\.msg\\()'([A-Za-z][\\w.-]*)\\.' *\\+");
		Set<String> prefixes = new TreeSet<>();
		DYNAMIC.forEach(entry -> prefixes.add(entry[0]));
		prefixes.addAll(OTHER_DYNAMIC.keySet());
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				String html = Files.readString(file, StandardCharsets.UTF_8);
				Matcher m = literal.matcher(html);
				while (m.find()) {
					String key = (m.group(1) != null) ? m.group(1) : m.group(2);
					if (!keys.contains(key)) {
						problems.add(file + " shows #{" + key + "}, which no bundle holds");
					}
				}
				Matcher d = dynamic.matcher(html);
				while (d.find()) {
					String prefix = (d.group(1) != null) ? d.group(1) : d.group(2);
					if (!prefixes.contains(prefix)) {
						problems.add(file + " builds keys " + prefix + ".*: name its enum in MessageBundlesTests.DYNAMIC");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyEnumConstantHasItsLabelKey() throws Exception {
		Set<String> keys = allKeys();
		List<String> missing = new ArrayList<>();
		for (String[] entry : DYNAMIC) {
			for (Object constant : Class.forName(entry[1]).getEnumConstants()) {
				String key = entry[0] + "." + KEYS.get(entry[2]).apply((Enum<?>) constant);
				// the label itself, or the labels under it (experiments.remedy.<key>.name, .nights)
				if (!keys.contains(key) && keys.stream().noneMatch(k -> k.startsWith(key + "."))) {
					missing.add(key);
				}
			}
		}
		OTHER_DYNAMIC.forEach((prefix, values) -> values.stream()
			.map(value -> prefix + "." + value)
			.filter(key -> !keys.contains(key))
			.forEach(missing::add));
		for (Object remedy : Class.forName("org.crampwise.advice.Remedy").getEnumConstants()) {
			for (String method : List.of("titleKey", "howToKey", "evidenceNoteKey")) {
				String key = (String) remedy.getClass().getMethod(method).invoke(remedy);
				if (!keys.contains(key)) {
					missing.add(key);
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	/** Every key of the base bundles (the twins hold the same, by the first test). */
	private static Set<String> allKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (String basename : localesByBasename().keySet()) {
			keys.addAll(load(MESSAGES.resolve(basename + ".properties")).stringPropertyNames());
		}
		return keys;
	}

	/** Basename (e.g. {@code episode}) -> the languages it has on disk. */
	private static Map<String, Set<String>> localesByBasename() throws IOException {
		Map<String, Set<String>> result = new TreeMap<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				Matcher m = LOCALE_FILE.matcher(name);
				if (m.matches()) {
					result.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
				}
				else if (name.endsWith(".properties")) {
					result.computeIfAbsent(name.substring(0, name.length() - ".properties".length()),
							k -> new TreeSet<>());
				}
			}
		}
		return result;
	}

	/** The argument indexes a message uses ({0}, {1,number,#}, ...). */
	private static Set<String> arguments(String message) {
		Set<String> indexes = new TreeSet<>();
		Matcher m = Pattern.compile("\\{(\\d+)[,}]").matcher(message);
		while (m.find()) {
			indexes.add(m.group(1));
		}
		return indexes;
	}

	private static Properties load(Path file) {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file);
				java.io.Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
