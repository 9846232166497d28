package org.crampwise.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Common drug names (generic and brand) mapped to the contract's drug classes, with each class's note on its link
 * with leg cramps. The data is two versioned resource files, {@value #ENTRIES} and {@value #CLASS_NOTES}, read once
 * at start-up; a malformed file, a duplicate name or a class without a note stops the start.
 */
@Component
public class MedicationCatalog {

	static final String ENTRIES = "catalog/medications-v1.csv";

	static final String CLASS_NOTES = "catalog/drug-classes-v1.csv";

	/** The most entries one search answers. */
	public static final int MAX_RESULTS = 10;

	private final Map<String, CatalogEntry> byKey;

	private final Map<DrugClass, String> notes;

	MedicationCatalog() {
		this(new ClassPathResource(ENTRIES), new ClassPathResource(CLASS_NOTES));
	}

	MedicationCatalog(Resource entries, Resource classNotes) {
		this.notes = readNotes(classNotes);
		this.byKey = readEntries(entries, this.notes);
	}

	/**
	 * Entries whose name contains the query, ignoring case: an exact match first, then names that start with it,
	 * then names with a word that starts with it, then the other matches, each group alphabetically; at most
	 * {@value #MAX_RESULTS}. A blank query finds nothing.
	 */
	public List<CatalogEntry> search(String query) {
		String key = key(query);
		if (key.isEmpty()) {
			return List.of();
		}
		Function<CatalogEntry, Integer> rank = entry -> {
			String name = key(entry.name());
			if (name.equals(key)) {
				return 0;
			}
			if (name.startsWith(key)) {
				return 1;
			}
			return name.contains(" " + key) ? 2 : 3;
		};
		return this.byKey.entrySet()
			.stream()
			.filter(e -> e.getKey().contains(key))
			.map(Map.Entry::getValue)
			.sorted(Comparator.comparing(rank).thenComparing(entry -> key(entry.name())))
			.limit(MAX_RESULTS)
			.toList();
	}

	/** The entry of exactly this name, ignoring case and surrounding spaces. */
	public Optional<CatalogEntry> find(String name) {
		return Optional.ofNullable(this.byKey.get(key(name)));
	}

	/** The class of a drug name: from the catalog, {@link DrugClass#OTHER} for a name it does not know. */
	public DrugClass classOf(String name) {
		return find(name).map(CatalogEntry::drugClass).orElse(DrugClass.OTHER);
	}

	/** The class's note on its link with leg cramps, from clinical-reference.md sections 3 and 4. */
	public String crampAssociation(DrugClass drugClass) {
		return this.notes.get(drugClass);
	}

	/** Every entry, alphabetically. */
	public List<CatalogEntry> entries() {
		return this.byKey.values().stream().sorted(Comparator.comparing(entry -> key(entry.name()))).toList();
	}

	static String key(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static Map<DrugClass, String> readNotes(Resource resource) {
		Map<DrugClass, String> notes = new EnumMap<>(DrugClass.class);
		for (CSVRecord row : read(resource)) {
			DrugClass drugClass = drugClass(row, resource);
			String note = row.get("cramp_association").strip();
			if (note.isEmpty() || notes.put(drugClass, note) != null) {
				throw new IllegalStateException(resource + " line " + row.getRecordNumber() + ": "
						+ (note.isEmpty() ? "empty note" : "second note") + " for " + drugClass);
			}
		}
		for (DrugClass drugClass : DrugClass.values()) {
			if (!notes.containsKey(drugClass)) {
				throw new IllegalStateException(resource + " has no note for " + drugClass);
			}
		}
		return notes;
	}

	private static Map<String, CatalogEntry> readEntries(Resource resource, Map<DrugClass, String> notes) {
		Map<String, CatalogEntry> entries = new LinkedHashMap<>();
		for (CSVRecord row : read(resource)) {
			String name = row.get("name").strip().replaceAll("\\s+", " ");
			DrugClass drugClass = drugClass(row, resource);
			if (name.isEmpty()) {
				throw new IllegalStateException(resource + " line " + row.getRecordNumber() + ": empty name");
			}
			CatalogEntry previous = entries.put(key(name), new CatalogEntry(name, drugClass, notes.get(drugClass)));
			if (previous != null) {
				throw new IllegalStateException(resource + ": " + name + " is listed twice");
			}
		}
		return entries;
	}

	private static DrugClass drugClass(CSVRecord row, Resource resource) {
		String code = row.get("drug_class").strip();
		try {
			return DrugClass.valueOf(code);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(
					resource + " line " + row.getRecordNumber() + ": unknown drug class " + code, ex);
		}
	}

	private static List<CSVRecord> read(Resource resource) {
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setCommentMarker('#')
			.setIgnoreEmptyLines(true)
			.get();
		try (InputStream in = resource.getInputStream();
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			return new ArrayList<>(format.parse(reader).getRecords());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + resource, ex);
		}
	}

}
