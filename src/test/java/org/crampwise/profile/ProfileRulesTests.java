package org.crampwise.profile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import org.crampwise.system.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileRulesTests {

	/** New Year's Eve 2026, 23:30 UTC: already 2027 in Paris, still 2026 in New York. */
	static final Instant NOW = Instant.parse("2026-12-31T23:30:00Z");

	final ProfileRules rules = new ProfileRules(messages(), Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void birthYearRunsFrom1900ToThisYearInTheUsersZone() {
		ZoneId paris = ZoneId.of("Europe/Paris");
		ZoneId newYork = ZoneId.of("America/New_York");

		assertThat(this.rules.problemsOfProfile(profile(1900), paris)).isEmpty();
		assertThat(this.rules.problemsOfProfile(profile(2027), paris)).isEmpty();
		assertThat(fields(this.rules.problemsOfProfile(profile(2027), newYork))).containsExactly("birthYear");
		assertThat(fields(this.rules.problemsOfProfile(profile(1899), paris))).containsExactly("birthYear");
		assertThat(this.rules.problemsOfProfile(profile(1899), paris).get(0).message(org.crampwise.support.Bundles.all()))
			.isEqualTo("Must be a year from 1900 to 2027.");
	}

	@Test
	void anEmptyProfileIsValid() {
		assertThat(this.rules.problemsOfProfile(new ProfileChange(null, null, null, null), ZoneOffset.UTC)).isEmpty();
	}

	@Test
	void theTimeZoneMustBeAZoneId() {
		assertThat(this.rules.problemsOfProfile(new ProfileChange(null, null, null, "Asia/Tokyo"), ZoneOffset.UTC))
			.isEmpty();
		assertThat(fields(this.rules.problemsOfProfile(new ProfileChange(null, null, null, "Mars/Base"),
				ZoneOffset.UTC))).containsExactly("timeZone");
	}

	@Test
	void aNullConditionIsRefused() {
		java.util.ArrayList<HealthCondition> conditions = new java.util.ArrayList<>();
		conditions.add(HealthCondition.DIABETES);
		conditions.add(null);
		assertThat(fields(this.rules.problemsOfProfile(new ProfileChange(null, null, conditions, null),
				ZoneOffset.UTC))).containsExactly("conditions");
	}

	@Test
	void aMedicationNeedsAName() {
		assertThat(fields(this.rules.problemsOfMedication(new MedicationDraft("   ", null, null, null))))
			.containsExactly("name");
		assertThat(fields(this.rules.problemsOfMedication(new MedicationDraft("x".repeat(101), null, null, null))))
			.containsExactly("name");
		assertThat(this.rules.problemsOfMedication(new MedicationDraft("x".repeat(100), null, null, null))).isEmpty();
	}

	@Test
	void aMedicationIsNotStoppedBeforeItStarted() {
		LocalDate start = LocalDate.of(2026, 10, 1);

		assertThat(this.rules.problemsOfMedication(new MedicationDraft("Lasix", null, start, start))).isEmpty();
		assertThat(this.rules.problemsOfMedication(new MedicationDraft("Lasix", null, null, start))).isEmpty();
		List<FieldProblem> problems = this.rules
			.problemsOfMedication(new MedicationDraft("Lasix", null, start, start.minusDays(1)));
		assertThat(fields(problems)).containsExactly("stoppedOn");
		assertThat(problems.get(0).message(org.crampwise.support.Bundles.all())).contains("2026-10-01");
	}

	@Test
	void aMedicationDateIsWithinTheDatesTheAppStores() {
		java.time.LocalDate first = java.time.LocalDate.of(1900, 1, 1);
		java.time.LocalDate last = java.time.LocalDate.of(2099, 12, 31);
		assertThat(this.rules.problemsOfMedication(new MedicationDraft("Lasix", null, first, last))).isEmpty();
		assertThat(fields(this.rules.problemsOfMedication(
				new MedicationDraft("Lasix", null, first.minusDays(1), java.time.LocalDate.of(5881580, 7, 12)))))
			.containsExactly("startedOn", "stoppedOn");
	}

	@Test
	void aDraftNameIsTrimmedAndItsSpacesSqueezed() {
		assertThat(new MedicationDraft("  fluticasone   + salmeterol ", null, null, null).name())
			.isEqualTo("fluticasone + salmeterol");
	}

	@Test
	void aProfileChangeLeftOutMeansNoPregnancyAndNoConditions() {
		HealthProfile profile = new ProfileChange(1950, null, null, null).toProfile();
		assertThat(profile).isEqualTo(new HealthProfile(1950, Pregnancy.NONE, Set.of()));
	}

	private static ProfileChange profile(int birthYear) {
		return new ProfileChange(birthYear, Pregnancy.NONE, Set.of(HealthCondition.DIABETES), null);
	}

	private static List<String> fields(List<FieldProblem> problems) {
		return problems.stream().map(FieldProblem::field).toList();
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/profile");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
