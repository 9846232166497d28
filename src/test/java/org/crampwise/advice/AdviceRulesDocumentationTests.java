package org.crampwise.advice;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.crampwise.checkin.ExerciseLevel;
import org.crampwise.episode.WarningSign;
import org.crampwise.profile.HealthCondition;
import org.crampwise.profile.Pregnancy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/advice-rules.md and the message bundle stay true to the code: every rule is documented under its id with the
 * concern it really has, every setting with its real default, every rule has its texts, and no advice text suggests
 * quinine or tonic water or stopping anything.
 */
class AdviceRulesDocumentationTests {

	static final Path DOC = Path.of("docs", "advice-rules.md");

	private static final Pattern RULE_HEADING = Pattern.compile("^#### `([^`]+)`\\s*$", Pattern.MULTILINE);

	private static final Pattern ANY_HEADING = Pattern.compile("^#{1,4} ", Pattern.MULTILINE);

	private static final Pattern RULE_KEY = Pattern.compile("^advice\\.([a-z0-9-]+)\\.(fired|not-fired)(\\..+)?$");

	private static String doc;

	private static Properties bundle;

	private static List<AdviceRule> rules;

	@BeforeAll
	static void load() throws IOException {
		doc = Files.readString(DOC);
		bundle = new Properties();
		try (InputStream in = AdviceRulesDocumentationTests.class.getResourceAsStream("/messages/advice.properties")) {
			bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		rules = AdviceTestSupport.rules(AdviceSettings.defaults());
	}

	/** Each documented rule id with the text of its section. */
	private static Map<String, String> sections() {
		Map<String, String> sections = new LinkedHashMap<>();
		Matcher heading = RULE_HEADING.matcher(doc);
		while (heading.find()) {
			Matcher next = ANY_HEADING.matcher(doc);
			int end = next.find(heading.end()) ? next.start() : doc.length();
			String previous = sections.put(heading.group(1), doc.substring(heading.end(), end));
			assertThat(previous).as("rule %s is documented twice", heading.group(1)).isNull();
		}
		return sections;
	}

	@Test
	void everyRuleInTheCodeIsDocumentedAndEveryDocumentedRuleExists() {
		Set<String> inCode = rules.stream().map(AdviceRule::id).collect(Collectors.toCollection(TreeSet::new));
		Set<String> inDoc = new TreeSet<>(sections().keySet());

		Set<String> undocumented = new TreeSet<>(inCode);
		undocumented.removeAll(inDoc);
		Set<String> unknown = new TreeSet<>(inDoc);
		unknown.removeAll(inCode);
		assertThat(undocumented).as("rules in the code but not in " + DOC).isEmpty();
		assertThat(unknown).as("rules in " + DOC + " but not in the code").isEmpty();
	}

	@Test
	void eachDocumentedRuleStatesTheConcernItHasInTheCode() {
		Map<String, String> sections = sections();
		for (AdviceRule rule : rules) {
			Concern concern = rule.concern();
			String verb = switch (concern.effect()) {
				case RECOMMEND -> "recommends";
				case WITHHOLD -> "withholds";
				case CAUTION -> "cautions";
				case RED_FLAG -> "raises";
			};
			String section = sections.getOrDefault(rule.id(), "");
			assertThat(section).as(rule.id()).contains("**Concern:** " + verb + " `" + concern.code() + "`");
			if (concern.effect() == Effect.RECOMMEND) {
				assertThat(section).as(rule.id() + " evidence").contains("evidence " + concern.evidence());
			}
			if (concern.effect() == Effect.RED_FLAG) {
				assertThat(section).as(rule.id() + " urgency").contains("urgency " + concern.urgency());
			}
		}
	}

	@Test
	void everySettingIsDocumentedWithItsDefault() {
		Map<String, Object> defaults = new LinkedHashMap<>();
		flatten("crampwise.advice", AdviceSettings.defaults(), defaults);

		assertThat(defaults).hasSizeGreaterThan(15);
		defaults.forEach((name, value) -> {
			Matcher row = Pattern.compile("^\\| `" + Pattern.quote(name) + "` \\| ([0-9.]+) \\|", Pattern.MULTILINE)
				.matcher(doc);
			assertThat(row.find()).as(name + " in the settings table of " + DOC).isTrue();
			assertThat(new BigDecimal(row.group(1))).as(name).isEqualByComparingTo(new BigDecimal(value.toString()));
		});
	}

	private static void flatten(String prefix, Record settings, Map<String, Object> into) {
		for (RecordComponent component : settings.getClass().getRecordComponents()) {
			String name = prefix + "." + component.getName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
			try {
				Object value = component.getAccessor().invoke(settings);
				if (value instanceof Record nested) {
					flatten(name, nested, into);
				}
				else {
					into.put(name, value);
				}
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

	@Test
	void everyRuleHasItsReasonsInTheBundleAndEveryReasonBelongsToARule() {
		Map<String, Set<String>> outcomes = new LinkedHashMap<>();
		for (String key : bundle.stringPropertyNames()) {
			Matcher matcher = RULE_KEY.matcher(key);
			if (matcher.matches()) {
				outcomes.computeIfAbsent(matcher.group(1), id -> new TreeSet<>()).add(matcher.group(2));
			}
		}

		assertThat(outcomes.keySet()).containsExactlyInAnyOrderElementsOf(
				rules.stream().map(AdviceRule::id).toList());
		assertThat(outcomes).allSatisfy((id, kinds) -> assertThat(kinds).as(id).containsExactly("fired", "not-fired"));
	}

	@Test
	void everyRemedyGradeUrgencyAndArgumentLabelHasItsText() {
		for (Remedy remedy : Remedy.values()) {
			assertThat(bundle).containsKeys(remedy.titleKey(), remedy.howToKey(), remedy.evidenceNoteKey());
			remedy.cautionKeys().forEach(key -> assertThat(bundle).containsKey(key));
			assertThat(bundle).doesNotContainKey("advice.remedy." + remedy.key() + ".caution."
					+ (remedy.cautionKeys().size() + 1));
		}
		for (EvidenceGrade grade : EvidenceGrade.values()) {
			assertThat(bundle).containsKeys("advice.evidence." + grade.key(),
					"advice.evidence." + grade.key() + ".description");
		}
		for (Urgency urgency : Urgency.values()) {
			assertThat(bundle).containsKey("advice.urgency." + urgency.key());
		}
		for (Class<? extends Enum<?>> type : List.of(HealthCondition.class, Pregnancy.class, WarningSign.class,
				ExerciseLevel.class)) {
			for (Enum<?> constant : type.getEnumConstants()) {
				assertThat(bundle).containsKey("advice.enum." + type.getSimpleName() + "." + constant.name());
			}
		}
	}

	@Test
	void noAdviceTextSuggestsQuinineOrStoppingAnything() {
		Pattern forbidden = Pattern.compile(
				"(?i)quinine|tonic|\\b(stop\\w*|quit\\w*|discontinu\\w*|come off|cut out|give up|wean\\w*)\\b");
		for (String key : bundle.stringPropertyNames()) {
			if (key.startsWith("advice.")) {
				assertThat(bundle.getProperty(key)).as(key).doesNotContainPattern(forbidden);
			}
		}
	}

	@Test
	void theBundleUsesTypographicApostrophesSoMessageFormatKeepsThem() throws IOException {
		String raw = new String(getClass().getResourceAsStream("/messages/advice.properties").readAllBytes(),
				StandardCharsets.UTF_8);

		assertThat(raw.lines().filter(line -> !line.startsWith("#")).filter(line -> line.contains("'")))
			.as("lines with a straight apostrophe")
			.isEmpty();
	}

}
