package org.crampwise.profile;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MedicationCatalogTests {

	static final MedicationCatalog CATALOG = new MedicationCatalog();

	@Test
	void noNameIsListedTwiceWhateverItsCase() throws Exception {
		// read the raw file, so a duplicate is caught even if the loader stopped refusing them
		String csv = new ClassPathResource(MedicationCatalog.ENTRIES).getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		List<String> names = csv.lines()
			.filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("name,"))
			.map(line -> line.substring(0, line.lastIndexOf(',')).strip().toLowerCase(Locale.ROOT))
			.toList();
		assertThat(names).hasSizeGreaterThan(100).doesNotHaveDuplicates();
		assertThat(CATALOG.entries()).hasSize(names.size());
	}

	@Test
	void everyDrugClassButOtherHasNames() {
		Set<DrugClass> covered = CATALOG.entries()
			.stream()
			.map(CatalogEntry::drugClass)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(DrugClass.class)));

		assertThat(covered).isEqualTo(EnumSet.complementOf(EnumSet.of(DrugClass.OTHER)));
	}

	@Test
	void everyDrugClassHasACrampNote() {
		for (DrugClass drugClass : DrugClass.values()) {
			assertThat(CATALOG.crampAssociation(drugClass)).as(drugClass.name()).isNotBlank();
		}
		assertThat(CATALOG.crampAssociation(DrugClass.LONG_ACTING_BETA_AGONIST)).startsWith("Strongest association")
			.contains("2.42");
		assertThat(CATALOG.crampAssociation(DrugClass.STATIN)).contains("Small").contains("1.16");
	}

	@Test
	void everyEntryCarriesItsClassNote() {
		assertThat(CATALOG.entries())
			.allSatisfy(entry -> assertThat(entry.crampAssociation()).isEqualTo(CATALOG.crampAssociation(entry.drugClass())));
	}

	@ParameterizedTest
	@CsvSource({ "hydrochlorothiazide, THIAZIDE_DIURETIC", "Lasix, LOOP_DIURETIC", "spironolactone, POTASSIUM_SPARING_DIURETIC",
			"Aldactone, POTASSIUM_SPARING_DIURETIC", "eplerenone, POTASSIUM_SPARING_DIURETIC",
			"atorvastatin, STATIN", "Crestor, STATIN", "Serevent, LONG_ACTING_BETA_AGONIST",
			"Symbicort, LONG_ACTING_BETA_AGONIST", "Ventolin, SHORT_ACTING_BETA_AGONIST",
			"albuterol, SHORT_ACTING_BETA_AGONIST", "Zestril, ACE_INHIBITOR", "ramipril, ACE_INHIBITOR",
			"Cozaar, ANGIOTENSIN_RECEPTOR_BLOCKER", "candesartan, ANGIOTENSIN_RECEPTOR_BLOCKER", "Nurofen, NSAID",
			"naproxen, NSAID", "Adalat, CALCIUM_CHANNEL_BLOCKER", "Venofer, OTHER_CRAMP_ASSOCIATED",
			"Premarin, OTHER_CRAMP_ASSOCIATED", "Forteo, OTHER_CRAMP_ASSOCIATED" })
	void findsGenericAndBrandNames(String name, DrugClass drugClass) {
		assertThat(CATALOG.classOf(name)).isEqualTo(drugClass);
	}

	@Test
	void findsANameWhateverItsCaseAndSpacing() {
		assertThat(CATALOG.find("  ZESTRIL ")).map(CatalogEntry::name).contains("Zestril");
		assertThat(CATALOG.find("Fluticasone  +   Salmeterol")).map(CatalogEntry::drugClass)
			.contains(DrugClass.LONG_ACTING_BETA_AGONIST);
		assertThat(CATALOG.classOf("hYdRoChLoRoThIaZiDe")).isEqualTo(DrugClass.THIAZIDE_DIURETIC);
	}

	@Test
	void anUnknownNameIsOther() {
		assertThat(CATALOG.find("wonderpill")).isEmpty();
		assertThat(CATALOG.classOf("wonderpill")).isEqualTo(DrugClass.OTHER);
		assertThat(CATALOG.classOf("lisinopri")).as("a partial name is not a match").isEqualTo(DrugClass.OTHER);
	}

	@Test
	void searchFindsPrefixesFirstThenWordsThenOtherSubstrings() {
		assertThat(names(CATALOG.search("hydro"))).containsExactly("hydrochlorothiazide",
				"amiloride + hydrochlorothiazide", "spironolactone + hydrochlorothiazide",
				"triamterene + hydrochlorothiazide");
		assertThat(names(CATALOG.search("salmeterol"))).containsExactly("salmeterol", "fluticasone + salmeterol");
		assertThat(names(CATALOG.search("statin"))).as("substrings inside a name")
			.contains("atorvastatin", "simvastatin", "rosuvastatin")
			.allMatch(name -> name.contains("statin"));
	}

	@Test
	void searchIgnoresCaseAndFindsBrands() {
		assertThat(names(CATALOG.search("ZEST"))).containsExactly("Zestril");
		assertThat(names(CATALOG.search("advai"))).containsExactly("Advair");
		assertThat(names(CATALOG.search("  lasix "))).containsExactly("Lasix");
	}

	@Test
	void anExactNameComesBeforeLongerOnes() {
		assertThat(names(CATALOG.search("formoterol"))).first().isEqualTo("formoterol");
		assertThat(names(CATALOG.search("amiloride"))).startsWith("amiloride", "amiloride + hydrochlorothiazide");
	}

	@Test
	void searchAnswersAtMostTenAndNothingForABlankQuery() {
		assertThat(CATALOG.search("a")).hasSize(MedicationCatalog.MAX_RESULTS);
		assertThat(CATALOG.search("   ")).isEmpty();
		assertThat(CATALOG.search("xyzzy")).isEmpty();
	}

	@Test
	void aCatalogWithADuplicateOrAnUnknownClassOrAMissingNoteDoesNotLoad() {
		ByteArrayResource notes = new ByteArrayResource(Arrays.stream(DrugClass.values())
			.map(c -> c.name() + ",note")
			.collect(Collectors.joining("\n", "drug_class,cramp_association,sources\n", "\n"))
			.getBytes());
		assertThatThrownBy(() -> new MedicationCatalog(csv("name,drug_class\nLasix,LOOP_DIURETIC\nLASIX,LOOP_DIURETIC\n"),
				notes))
			.hasMessageContaining("listed twice");
		assertThatThrownBy(() -> new MedicationCatalog(csv("name,drug_class\nLasix,DIURETIC\n"), notes))
			.hasMessageContaining("unknown drug class DIURETIC");
		assertThatThrownBy(() -> new MedicationCatalog(csv("name,drug_class\nLasix,LOOP_DIURETIC\n"),
				csv("drug_class,cramp_association,sources\nSTATIN,small,SSA12\n")))
			.hasMessageContaining("no note for");
	}

	private static ByteArrayResource csv(String text) {
		return new ByteArrayResource(text.getBytes());
	}

	private static List<String> names(List<CatalogEntry> entries) {
		return entries.stream().map(CatalogEntry::name).toList();
	}

}
