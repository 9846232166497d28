package org.crampwise.export;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.crampwise.account.Accounts;
import org.crampwise.advice.AdviceContext;
import org.crampwise.advice.AdviceEngine;
import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.NightCount;
import org.crampwise.advice.NightlyFactor;
import org.crampwise.checkin.CheckIn;
import org.crampwise.checkin.CheckInService;
import org.crampwise.checkin.ExerciseLevel;
import org.crampwise.episode.Episode;
import org.crampwise.episode.EpisodeService;
import org.crampwise.insights.Insights;
import org.crampwise.insights.InsightsEngine;
import org.crampwise.insights.InsightsSettings;
import org.crampwise.nights.PatientNights;
import org.crampwise.profile.HealthProfile;
import org.crampwise.profile.MedicationCatalog;
import org.crampwise.profile.MedicationService;
import org.crampwise.profile.ProfileService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * The report, the FHIR triggers, the tips and the insights agree on every factor: over varied check-ins (answers
 * missing, at and around each threshold) each counts the same nights as present as {@link NightlyFactor} does.
 */
class FactorAgreementTests {

	static final AdviceSettings SETTINGS = AdviceSettings.defaults();

	@Test
	void reportFhirTipsAndInsightsCountTheSameNightsForEveryFactor() {
		long seed = 20261205L;
		System.out.println("factor agreement: seed " + seed);
		Random random = new Random(seed);
		LocalDate first = LocalDate.of(2026, 1, 1);
		int nights = 300;
		List<CheckIn> checkIns = new ArrayList<>();
		List<Episode> episodes = new ArrayList<>();
		for (int i = 0; i < nights; i++) {
			LocalDate night = first.plusDays(i);
			checkIns.add(randomCheckIn(random, night));
			episodes.add(new Episode(i + 1, night.atTime(23, 0).atOffset(java.time.ZoneOffset.UTC), 60, 5,
					org.crampwise.episode.Muscle.CALF, org.crampwise.episode.Side.LEFT, true, Set.of(), null, Set.of(),
					null, night, false));
		}
		// every night a cramp night, so the report's "coinciding" nights are the nights present
		TreeSet<LocalDate> crampNights = new TreeSet<>(Episode.crampNights(episodes));
		// the report shows the insights' gated verdicts (ReportBuilder.factors), so it counts what they count
		Insights insights = new InsightsEngine(SETTINGS.factors(), InsightsSettings.defaults())
			.compute(new PatientNights(first, first.plusDays(nights - 1), HealthProfile.EMPTY, List.of(), checkIns,
					episodes, new HashSet<>(), Set.of()));
		AdviceContext window = new AdviceContext(first.plusDays(nights), AdviceContext.MAX_WINDOW_DAYS,
				HealthProfile.EMPTY, List.of(), checkIns, episodes);
		NightlyFactors exports = new NightlyFactors(SETTINGS);

		for (NightlyFactor factor : NightlyFactor.values()) {
			int present = (int) checkIns.stream()
				.filter(c -> Boolean.TRUE.equals(factor.presentIn(c, SETTINGS.factors())))
				.count();
			assertThat(present).as("%s occurs in the generated nights", factor).isGreaterThan(0);
			NightlyFactors.Factor export = exports.all()
				.stream()
				.filter(f -> f.code().equals(factor.name()))
				.findFirst()
				.orElseThrow();
			// the report and the FHIR triggers both ask NightlyFactors
			assertThat(checkIns).allSatisfy(c -> assertThat(export.presentIn(c))
				.isEqualTo(factor.presentIn(c, SETTINGS.factors())));
			// the tips' rules count with AdviceContext over the same definition
			NightCount tips = window.count(c -> factor.presentIn(c, SETTINGS.factors()));
			assertThat(tips.nights()).as("tips %s", factor).isEqualTo(
					(int) window.checkIns().stream().filter(c -> Boolean.TRUE.equals(factor.presentIn(c, SETTINGS.factors()))).count());
			Insights.FactorInsight insight = insights.factor(factor, 0);
			assertThat(insight).isNotNull();
			assertThat(insight.exposed().nights()).as("insights %s", factor).isEqualTo(present);
		}
	}

	private static CheckIn randomCheckIn(Random random, LocalDate night) {
		Integer drinks = pick(random, null, 0, 1, 2, 3, 5);
		Double hours = (drinks == null || drinks == 0) ? null : pick(random, null, 0.5, 2.0, 2.5, 6.0);
		return new CheckIn(night, pick(random, null, 0, 1499, 1500, 2500), drinks, hours,
				pick(random, null, 0.0, 5.5, 6.0, 8.0), pick(random, null, 0.0, 7.5, 8.0, 10.0),
				pick(random, null, ExerciseLevel.NONE, ExerciseLevel.MODERATE, ExerciseLevel.HARD),
				pick(random, null, true, false), pick(random, null, true, false), pick(random, null, 0, 1, 2, 4),
				pick(random, null, true, false), pick(random, null, true, false));
	}

	@SafeVarargs
	private static <T> T pick(Random random, T... values) {
		return values[random.nextInt(values.length)];
	}

}
