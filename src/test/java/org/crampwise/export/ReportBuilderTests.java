package org.crampwise.export;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.crampwise.account.Accounts;
import org.crampwise.advice.AdviceEngine;
import org.crampwise.advice.AdviceSettings;
import org.crampwise.checkin.CheckIn;
import org.crampwise.checkin.ExerciseLevel;
import org.crampwise.episode.Episode;
import org.crampwise.episode.Muscle;
import org.crampwise.episode.Relief;
import org.crampwise.episode.Side;
import org.crampwise.episode.WarningSign;
import org.crampwise.export.ClinicianReport.Chart;
import org.crampwise.export.ClinicianReport.EpisodeRow;
import org.crampwise.export.ClinicianReport.Summary;
import org.crampwise.export.ClinicianReport.Trend;
import org.crampwise.export.ClinicianReport.Typical;
import org.crampwise.advice.Remedy;
import org.crampwise.experiments.Arm;
import org.crampwise.experiments.Decision;
import org.crampwise.experiments.ExperimentService;
import org.crampwise.experiments.ExperimentStatus;
import org.crampwise.experiments.ExperimentVerdict;
import org.crampwise.experiments.ExperimentView;
import org.crampwise.export.ClinicianReport.ExperimentLine;
import org.crampwise.profile.DrugClass;
import org.crampwise.profile.Medication;
import org.crampwise.insights.InsightsEngine;
import org.crampwise.insights.InsightsService;
import org.crampwise.insights.InsightsSettings;
import org.crampwise.insights.InsightsTexts;
import org.crampwise.nights.NightService;
import org.crampwise.nights.PatientNights;
import org.crampwise.profile.HealthProfile;
import org.crampwise.profile.MedicationCatalog;
import org.crampwise.system.NightRule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/** The report's numbers, computed from known diaries: what a clinician reads must be exactly what was logged. */
class ReportBuilderTests {

	static final ExportRange NINETY = new ExportRange(LocalDate.of(2026, 8, 29), LocalDate.of(2026, 11, 26));

	final ReportBuilder.Texts texts = new ReportBuilder.Texts(ExportMessages.source(), Locale.ENGLISH);

	final MedicationCatalog catalog = mock(MedicationCatalog.class);

	final ReportBuilder builder = new ReportBuilder(mock(NightService.class), mock(InsightsService.class),
			this.catalog, mock(AdviceEngine.class), new NightlyFactors(AdviceSettings.defaults()), mock(Accounts.class),
			ExportMessages.source(), Clock.systemUTC(), AdviceSettings.defaults(), mock(ExperimentService.class));

	@Test
	void summaryCountsCrampNightsWokeDaytimeAndLeavesUnratedOutOfTheMedian() {
		List<Episode> episodes = List.of(night(LocalDate.of(2026, 11, 1), 4, 60, true),
				night(LocalDate.of(2026, 11, 1), 8, 120, false), night(LocalDate.of(2026, 11, 3), 6, 30, true),
				unrated(LocalDate.of(2026, 11, 5), 300), day(LocalDate.of(2026, 11, 7), 2, 45));

		Summary summary = ReportBuilder.summary(NINETY, episodes, Episode.crampNights(episodes), 12, this.texts);

		assertThat(summary.nights()).isEqualTo(90);
		assertThat(summary.episodes()).isEqualTo(5);
		assertThat(summary.crampNights()).as("the daytime cramp's day is not a cramp night").isEqualTo(3);
		assertThat(summary.crampNightsPerWeek()).isEqualTo(0.2);
		assertThat(summary.intensity()).isEqualTo(new Typical(4, 1, 5.0, 2, 8));
		assertThat(summary.duration()).isEqualTo(new Typical(5, 0, 60.0, 30, 300));
		assertThat(summary.durations()).isEqualTo(new ClinicianReport.Durations("1 min", "30 s", "5 min"));
		assertThat(summary.woke()).isEqualTo(2);
		assertThat(summary.wokePercent()).isEqualTo(40);
		assertThat(summary.daytime()).isEqualTo(1);
		assertThat(summary.checkInNights()).isEqualTo(12);
		assertThat(summary.where()).extracting(ClinicianReport.Count::label, ClinicianReport.Count::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Calf, left", 3),
					org.assertj.core.groups.Tuple.tuple("Muscle not given, side not given", 1),
					org.assertj.core.groups.Tuple.tuple("Thigh, both legs", 1));
	}

	@Test
	void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
		assertThat(ReportBuilder.typical(List.of(9, 3, 5, 6), 0)).isEqualTo(new Typical(4, 0, 5.5, 3, 9));
		assertThat(ReportBuilder.typical(List.of(), 2)).isEqualTo(new Typical(0, 2, null, null, null));
	}

	@Test
	void trendComparesTheHalvesOfTheRange() {
		SortedSet<LocalDate> nights = new TreeSet<>();
		// first 45 nights: 3 cramp nights; last 45: 9
		for (int i = 0; i < 3; i++) {
			nights.add(NINETY.from().plusDays(i * 10));
		}
		for (int i = 0; i < 9; i++) {
			nights.add(NINETY.to().minusDays(i * 4));
		}
		Trend rising = ReportBuilder.trend(NINETY, nights);
		assertThat(rising).isEqualTo(new Trend(Trend.Direction.RISING, 45, 0.5, 1.4));

		SortedSet<LocalDate> reversed = new TreeSet<>();
		nights.forEach(night -> reversed.add(NINETY.from().plusDays(NINETY.to().toEpochDay() - night.toEpochDay())));
		assertThat(ReportBuilder.trend(NINETY, reversed).direction()).isEqualTo(Trend.Direction.FALLING);

		SortedSet<LocalDate> even = new TreeSet<>(List.of(NINETY.from(), NINETY.to()));
		assertThat(ReportBuilder.trend(NINETY, even)).isEqualTo(new Trend(Trend.Direction.STEADY, 45, 0.2, 0.2));
	}

	@Test
	void aRangeUnderTwoWeeksHasNoTrend() {
		ExportRange thirteen = new ExportRange(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 13));
		assertThat(ReportBuilder.trend(thirteen, new TreeSet<>(List.of(LocalDate.of(2026, 11, 2)))).direction())
			.isEqualTo(Trend.Direction.TOO_SHORT);
	}

	@Test
	void chartsWeeksFromTheFirstNightSplittingNightAndDaytimeEpisodes() {
		List<Episode> episodes = new ArrayList<>();
		episodes.add(night(NINETY.from(), 5, 60, true));
		episodes.add(night(NINETY.from(), 5, 60, true));
		episodes.add(day(NINETY.from().plusDays(6), 5, 60));
		episodes.add(night(NINETY.from().plusDays(7), 5, 60, true));
		episodes.add(night(NINETY.to(), 5, 60, true));

		Chart chart = ReportBuilder.chart(NINETY, episodes, this.texts);

		assertThat(chart.byMonth()).isFalse();
		assertThat(chart.bars()).hasSize(13);
		assertThat(chart.max()).isEqualTo(3);
		Chart.Bar first = chart.bars().get(0);
		assertThat(first.label()).isEqualTo("29 Aug");
		assertThat(first.to()).isEqualTo(LocalDate.of(2026, 9, 4));
		assertThat(first.nightEpisodes()).isEqualTo(2);
		assertThat(first.daytimeEpisodes()).isEqualTo(1);
		assertThat(first.crampNights()).isEqualTo(1);
		assertThat(first.nightHeight() + first.daytimeHeight()).isEqualTo(100.0);
		assertThat(chart.bars().get(1).episodes()).isEqualTo(1);
		Chart.Bar last = chart.bars().get(12);
		assertThat(last.from()).isEqualTo(LocalDate.of(2026, 11, 21));
		assertThat(last.to()).isEqualTo(NINETY.to());
		assertThat(last.episodes()).isEqualTo(1);
		assertThat(chart.episodes()).isEqualTo(5);
	}

	@Test
	void chartsCalendarMonthsForRangesOverTwentySixWeeks() {
		ExportRange year = new ExportRange(LocalDate.of(2025, 11, 27), LocalDate.of(2026, 11, 26));
		Chart chart = ReportBuilder.chart(year, List.of(night(LocalDate.of(2026, 2, 28), 5, 60, true)),
				this.texts);
		assertThat(chart.byMonth()).isTrue();
		assertThat(chart.bars()).hasSize(13);
		assertThat(chart.bars().get(0).label()).isEqualTo("Nov 2025");
		assertThat(chart.bars().get(0).from()).isEqualTo(year.from());
		assertThat(chart.bars().get(3).label()).isEqualTo("Feb 2026");
		assertThat(chart.bars().get(3).nightEpisodes()).isEqualTo(1);
		assertThat(chart.bars().get(12).to()).isEqualTo(year.to());
	}

	/**
	 * 180 known nights: alcohol near bed on every third night, 80% of those with cramps against about 10% of the
	 * others; nothing else answered. The report shows the insights' gated verdicts only.
	 */
	@Test
	void showsTheGatedPatternsAndTheKnownNightsNeverARawCoincidence() {
		LocalDate n1 = LocalDate.of(2026, 1, 1);
		List<CheckIn> checkIns = new ArrayList<>();
		List<Episode> episodes = new ArrayList<>();
		Set<LocalDate> noCramps = new HashSet<>();
		for (int k = 0; k < 180; k++) {
			LocalDate night = n1.plusDays(k);
			boolean alcohol = k % 3 == 0;
			checkIns.add(alcohol ? checkIn(night, 2, 1.0, null, 2000) : checkIn(night, 0, null, null, 2000));
			boolean cramp = alcohol ? k % 15 != 0 : k % 10 == 1;
			if (cramp) {
				episodes.add(night(night, 5, 60, true));
			}
			else {
				noCramps.add(night);
			}
		}
		// one unknown night at the end: counted nowhere
		PatientNights nights = new PatientNights(n1, n1.plusDays(180), HealthProfile.EMPTY, List.of(), checkIns,
				episodes, noCramps, Set.of());
		InsightsEngine engine = new InsightsEngine(AdviceSettings.defaults().factors(), InsightsSettings.defaults());

		ClinicianReport.Factors factors = this.builder.factors(nights,
				engine.compute(nights, InsightsTexts.of(ExportMessages.source(), Locale.ENGLISH)), this.texts);

		assertThat(factors.checkInNights()).isEqualTo(180);
		assertThat(factors.knownNights()).isEqualTo(180);
		assertThat(factors.knownCheckInNights()).isEqualTo(180);
		assertThat(factors.patterns()).isNotEmpty()
			.allSatisfy(line -> assertThat(line.verdict()).isIn("LINKED", "NO_BIG_EFFECT"));
		ClinicianReport.PatternLine alcohol = factors.patterns().get(0);
		assertThat(alcohol.code()).isEqualTo("ALCOHOL_NEAR_BEDTIME");
		assertThat(alcohol.lag()).isZero();
		assertThat(alcohol.verdictLabel()).isEqualTo("Linked");
		assertThat(alcohol.label()).isEqualTo("Last alcoholic drink 2 h or less before bed");
		assertThat(alcohol.sentence()).startsWith("Nights with alcohol within 2 hours of bed had cramps more often: "
				+ "48 of 60 (80%) against");
		assertThat(factors.patterns()).extracting(ClinicianReport.PatternLine::code)
			.doesNotContain("LOW_WATER", "TIGHT_BEDDING", "HEAVY_DRINKING");
		assertThat(factors.undecided()).isEqualTo(22 - factors.patterns().size());
	}

	@Test
	void aShortRangeShowsNoPatternOnlyHowManyTestsWait() {
		LocalDate night = LocalDate.of(2026, 11, 1);
		CheckIn everything = new CheckIn(night, 100, 5, 0.5, 10.0, 10.0, ExerciseLevel.HARD, false, false, 0, false,
				true);
		PatientNights nights = new PatientNights(night, night, HealthProfile.EMPTY, List.of(), List.of(everything),
				List.of(night(night, 5, 60, true)), Set.of(), Set.of());
		InsightsEngine engine = new InsightsEngine(AdviceSettings.defaults().factors(), InsightsSettings.defaults());

		ClinicianReport.Factors factors = this.builder.factors(nights, engine.compute(nights), this.texts);

		assertThat(factors.patterns()).isEmpty();
		assertThat(factors.undecided()).isEqualTo(22);
		assertThat(factors.knownNights()).isEqualTo(1);
	}

	@Test
	void listsTheMedicationsTakenDuringTheRangeWithTheirNotes() {
		given(this.catalog.crampAssociation(DrugClass.THIAZIDE_DIURETIC)).willReturn("Associated (ASR 1.48).");
		given(this.catalog.crampAssociation(DrugClass.OTHER)).willReturn("No known link.");
		List<Medication> medications = List.of(
				new Medication(1, "hydrochlorothiazide", DrugClass.THIAZIDE_DIURETIC, LocalDate.of(2026, 10, 1), null),
				new Medication(2, "stopped before", DrugClass.OTHER, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 8, 28)),
				new Medication(3, "stopped during", DrugClass.OTHER, null, LocalDate.of(2026, 8, 29)),
				new Medication(4, "started after", DrugClass.OTHER, LocalDate.of(2026, 11, 27), null),
				new Medication(5, "no dates", DrugClass.OTHER, null, null));

		List<ClinicianReport.MedicationLine> lines = this.builder.medications(NINETY, medications, this.texts);

		assertThat(lines).extracting(ClinicianReport.MedicationLine::name)
			.containsExactly("hydrochlorothiazide", "stopped during", "no dates");
		assertThat(lines.get(0)).isEqualTo(new ClinicianReport.MedicationLine("hydrochlorothiazide",
				"Thiazide diuretic", true, "Associated (ASR 1.48).", LocalDate.of(2026, 10, 1), null,
				"since 2026-10-01"));
		assertThat(lines.get(1).period()).isEqualTo("until 2026-08-29");
		assertThat(lines.get(2).period()).isEqualTo("dates not given");
	}

	@Test
	void rowsSayNotRatedShowTheLoggedTimeAndMarkWhatHelpedMost() {
		Episode travelling = new Episode(9, OffsetDateTime.parse("2026-11-20T01:30:00+09:00"), 95, 7, Muscle.FOOT,
				Side.RIGHT, true, Set.of(Relief.WALK_IT_OFF, Relief.MASSAGE), Relief.WALK_IT_OFF,
				Set.of(WarningSign.MUSCLE_WEAKNESS), "in Tokyo", LocalDate.of(2026, 11, 19), false);
		Episode timed = unrated(LocalDate.of(2026, 11, 18), 3700);

		List<EpisodeRow> rows = ReportBuilder.rows(List.of(travelling, timed), ZoneId.of("Europe/Paris"), this.texts);

		EpisodeRow tokyo = rows.get(0);
		assertThat(tokyo.start()).isEqualTo("01:30 (+09:00)");
		assertThat(tokyo.startedAt()).isEqualTo("2026-11-20T01:30:00+09:00");
		assertThat(tokyo.duration()).isEqualTo("1 min 35 s");
		assertThat(tokyo.intensity()).isEqualTo(7);
		assertThat(tokyo.where()).isEqualTo("Foot, right");
		assertThat(tokyo.tried()).containsExactly("Massage", "Walking it off (helped most)");
		assertThat(tokyo.warningSigns()).containsExactly("Muscle weakness");
		EpisodeRow unrated = rows.get(1);
		assertThat(unrated.start()).isEqualTo("02:30");
		assertThat(unrated.intensity()).isNull();
		assertThat(unrated.where()).isEqualTo("Muscle not given, side not given");
		assertThat(unrated.duration()).isEqualTo("1 h 1 min");
	}

	static Episode night(LocalDate night, int intensity, int seconds, boolean woke) {
		OffsetDateTime start = OffsetDateTime.parse(night.plusDays(1) + "T02:30:00+01:00");
		return new Episode(start.toEpochSecond(), start, seconds, intensity, Muscle.CALF, Side.LEFT, woke, Set.of(),
				null, Set.of(), null, NightRule.nightOf(start), false);
	}

	static Episode day(LocalDate day, int intensity, int seconds) {
		OffsetDateTime start = OffsetDateTime.parse(day + "T14:00:00+01:00");
		return new Episode(start.toEpochSecond(), start, seconds, intensity, Muscle.THIGH, Side.BOTH, false,
				Set.of(), null, Set.of(), null, NightRule.nightOf(start), true);
	}

	static Episode unrated(LocalDate night, int seconds) {
		OffsetDateTime start = OffsetDateTime.parse(night.plusDays(1) + "T02:30:00+01:00");
		return new Episode(start.toEpochSecond(), start, seconds, null, null, null, false, Set.of(), null, Set.of(),
				null, NightRule.nightOf(start), false);
	}

	static CheckIn checkIn(LocalDate night, Integer drinks, Double hoursToBed, Boolean tightBedding, Integer water) {
		return new CheckIn(night, water, drinks, hoursToBed, null, null, null, null, null, null, null, tightBedding);
	}

	@Test
	void anExperimentKeepsTheModulesOwnResultAndSaysWhatWasDoneInEachBlockOnlyOnceFinished() {
		LocalDate start = LocalDate.of(2027, 5, 10);
		LocalDate first = start.plusDays(14);
		List<ExperimentView.BlockView> blocks = List.of(
				new ExperimentView.BlockView(first, first.plusDays(6), Arm.USUAL),
				new ExperimentView.BlockView(first.plusDays(7), first.plusDays(13), Arm.REMEDY));
		ExperimentView.ResultView result = new ExperimentView.ResultView(new ExperimentView.ArmView(6, 1, 0.86),
				new ExperimentView.ArmView(7, 5, 1.0), 0.24, 0.08, 0.71, ExperimentVerdict.HELPED, "the module's sentence",
				List.of(new ExperimentView.BlockResultView(1, 1, first, first.plusDays(6), Arm.USUAL, 7, 5, 1.0),
						new ExperimentView.BlockResultView(2, 1, first.plusDays(7), first.plusDays(13), Arm.REMEDY, 6, 1,
								0.857)));
		ExperimentView finished = new ExperimentView(7, Remedy.STRETCH_BEFORE_BED, ExperimentStatus.FINISHED, null, 7,
				1, 1, false, 0, start, first.minusDays(1), first.plusDays(13), blocks, null, null, null, result,
				Decision.KEEP);

		ExperimentLine line = ReportBuilder.experimentLine(finished, this.texts);
		assertThat(line.remedy()).isEqualTo("Stretching before bed");
		assertThat(line.runInNights()).isEqualTo(14);
		assertThat(line.decision()).isEqualTo("keep doing it");
		assertThat(line.result().sentence()).isEqualTo("the module's sentence");
		assertThat(line.result().verdictLabel()).isEqualTo("Helped");
		assertThat(line.result().riskRatio()).isEqualTo(0.24);
		assertThat(line.result().remedyAdherencePercent()).isEqualTo(86);
		assertThat(line.blocks()).extracting(b -> b.pair() + " " + b.armLabel() + " " + b.nights() + " "
				+ b.knownNights() + " " + b.crampNights() + " " + b.adherencePercent())
			.containsExactly("1 Usual 7 7 5 100", "1 Remedy 7 6 1 86");

		ExperimentView stopped = new ExperimentView(8, Remedy.LOOSE_BEDDING, ExperimentStatus.STOPPED, null, 7, 1, 1,
				false, 0, start, first.minusDays(1), first.plusDays(13), blocks, null, null, null, null, null);
		ExperimentLine none = ReportBuilder.experimentLine(stopped, this.texts);
		assertThat(none.result()).isNull();
		assertThat(none.decision()).isNull();
		assertThat(none.statusLabel()).isEqualTo("Stopped");
		assertThat(none.blocks()).allSatisfy(b -> assertThat(b.knownNights()).isNull());
	}

}
