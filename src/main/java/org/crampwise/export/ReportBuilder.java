package org.crampwise.export;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.crampwise.account.AccountId;
import org.crampwise.account.Accounts;
import org.crampwise.advice.AdviceContext;
import org.crampwise.advice.AdviceEngine;
import org.crampwise.advice.AdviceReport;
import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.NightlyFactor;
import org.crampwise.advice.RedFlag;
import org.crampwise.episode.Episode;
import org.crampwise.episode.EpisodeDetail;
import org.crampwise.episode.Relief;
import org.crampwise.episode.WarningSign;
import org.crampwise.export.ClinicianReport.Chart;
import org.crampwise.export.ClinicianReport.Count;
import org.crampwise.export.ClinicianReport.EpisodeRow;
import org.crampwise.export.ClinicianReport.ExperimentBlock;
import org.crampwise.export.ClinicianReport.ExperimentLine;
import org.crampwise.export.ClinicianReport.ExperimentResult;
import org.crampwise.export.ClinicianReport.Factors;
import org.crampwise.export.ClinicianReport.MedicationLine;
import org.crampwise.export.ClinicianReport.PatternLine;
import org.crampwise.export.ClinicianReport.RedFlagLine;
import org.crampwise.export.ClinicianReport.RedFlags;
import org.crampwise.export.ClinicianReport.Summary;
import org.crampwise.export.ClinicianReport.Trend;
import org.crampwise.export.ClinicianReport.Typical;
import org.crampwise.experiments.ExperimentService;
import org.crampwise.experiments.ExperimentView;
import org.crampwise.insights.Insights;
import org.crampwise.insights.InsightsService;
import org.crampwise.nights.NightService;
import org.crampwise.nights.PatientNights;
import org.crampwise.profile.Medication;
import org.crampwise.profile.MedicationCatalog;
import org.crampwise.system.Statistics;

/**
 * Computes the clinician report of a range from the patient's nights, read once ({@link NightService#range}: the
 * episodes, check-ins, "no cramps" marks, profile and medications), the gated insights of those nights, and the red
 * flags by running the advice engine over the range itself.
 * <p>
 * Definitions (docs/exports.md repeats them): a <em>cramp night</em> is a night with at least one episode that was
 * not a daytime one, as the advice engine counts it; typical values are medians of what was given ("not rated"
 * episodes are left out and counted apart); the trend compares the cramp nights per week of the first and the
 * second half of the range, and calls a change of less than {@value #STEADY_BAND} nights per week steady.
 */
@Component
class ReportBuilder {

	/** A change in cramp nights per week below this is "steady". */
	static final double STEADY_BAND = 0.5;

	/** Ranges shorter than this have no trend: each half would hold less than a week. */
	static final int MIN_TREND_NIGHTS = 14;

	/** Ranges up to this many nights are charted by week, longer ones by calendar month. */
	static final int MAX_WEEKLY_NIGHTS = 182;


	private final NightService nights;

	private final InsightsService insights;

	private final MedicationCatalog catalog;

	private final AdviceEngine advice;

	private final NightlyFactors factors;

	private final Accounts accounts;

	private final MessageSource messages;

	private final Clock clock;

	private final AdviceSettings adviceSettings;

	private final ExperimentService experiments;

	ReportBuilder(NightService nights, InsightsService insights, MedicationCatalog catalog, AdviceEngine advice,
			NightlyFactors factors, Accounts accounts, MessageSource messages, Clock clock,
			AdviceSettings adviceSettings, ExperimentService experiments) {
		this.adviceSettings = adviceSettings;
		this.experiments = experiments;
		this.nights = nights;
		this.insights = insights;
		this.catalog = catalog;
		this.advice = advice;
		this.factors = factors;
		this.accounts = accounts;
		this.messages = messages;
		this.clock = clock;
	}

	ClinicianReport report(AccountId owner, ExportRange range, Locale locale) {
		ZoneId zone = this.accounts.zoneOf(owner);
		String patient = this.accounts.summary(owner).username();
		PatientNights nights = this.nights.range(owner, range.from(), range.to());
		List<Episode> episodes = nights.episodes();
		Texts texts = new Texts(this.messages, locale);

		SortedSet<LocalDate> crampNights = Episode.crampNights(episodes);
		return new ClinicianReport(patient, range, zone.getId(), this.clock.instant().atZone(zone).toOffsetDateTime(),
				summary(range, episodes, crampNights, nights.checkIns().size(), texts),
				redFlags(range, nights, locale, texts, LocalDate.now(this.clock.withZone(zone))),
				medications(range, nights.medications(), texts), factors(nights, this.insights.of(nights, locale), texts),
				chart(range, episodes, texts), rows(episodes, zone, texts), experiments(owner, range, texts));
	}

	/**
	 * The experiments with a night in the range, as the experiments module shows them (its sentence is worded in
	 * the current locale, so the report's is set for the call).
	 */
	List<ExperimentLine> experiments(AccountId owner, ExportRange range, Texts texts) {
		Locale before = LocaleContextHolder.getLocale();
		LocaleContextHolder.setLocale(texts.locale());
		try {
			return this.experiments.overlapping(owner, range.from(), range.to())
				.stream()
				.map(view -> experimentLine(view, texts))
				.toList();
		}
		finally {
			LocaleContextHolder.setLocale(before);
		}
	}

	/** One experiment in the CENT 2015 shape: the plan, what was done in each block, the result, the decision. */
	static ExperimentLine experimentLine(ExperimentView view, Texts texts) {
		ExperimentView.ResultView result = view.result();
		List<ExperimentBlock> blocks = new ArrayList<>();
		for (int i = 0; i < view.blocks().size(); i++) {
			ExperimentView.BlockView block = view.blocks().get(i);
			ExperimentView.BlockResultView done = (result != null && i < result.blocks().size())
					? result.blocks().get(i) : null;
			blocks.add(new ExperimentBlock(i + 1, i / 2 + 1, block.from(), block.to(), block.arm().name(),
					texts.text("experiments.arm." + block.arm().name()),
					(int) ChronoUnit.DAYS.between(block.from(), block.to()) + 1,
					(done != null) ? done.nights() : null, (done != null) ? done.crampNights() : null,
					(done != null) ? wholePercent(done.adherence()) : null));
		}
		ExperimentResult outcome = (result == null) ? null
				: new ExperimentResult(result.verdict().name(),
						texts.text("export.experiments.verdict." + result.verdict().name()), result.sentence(),
						result.riskRatio(), result.low(), result.high(), result.remedy().nights(),
						result.remedy().crampNights(), wholePercent(result.remedy().adherence()),
						result.usual().nights(), result.usual().crampNights(),
						wholePercent(result.usual().adherence()));
		return new ExperimentLine(view.id(), texts.text("experiments.remedy." + view.remedyKey() + ".name"),
				view.status().name(), texts.text("experiments.status." + view.status().name()), view.startsOn(),
				view.runInEnds(), (int) ChronoUnit.DAYS.between(view.startsOn(), view.runInEnds()) + 1,
				view.endsOn(), view.blockNights(), view.washInNights(), view.plannedPairs(), view.pairs(),
				view.extended(), blocks, outcome, view.pausedBecause(),
				(view.decision() != null) ? texts.text("export.experiments.decision." + view.decision().name())
						: null);
	}

	private static int wholePercent(double share) {
		return (int) Math.round(share * 100);
	}

	static Summary summary(ExportRange range, List<Episode> episodes, SortedSet<LocalDate> crampNights,
			int checkInNights, Texts texts) {
		List<Integer> ratings = episodes.stream()
			.filter(episode -> episode.isGiven(EpisodeDetail.INTENSITY))
			.map(Episode::intensity)
			.toList();
		List<Integer> durations = episodes.stream().map(Episode::durationSeconds).toList();
		Map<String, Integer> where = new LinkedHashMap<>();
		episodes.forEach(episode -> where.merge(texts.where(episode), 1, Integer::sum));
		List<Count> places = where.entrySet()
			.stream()
			.map(entry -> new Count(entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparingInt(Count::count).reversed().thenComparing(Count::label))
			.toList();
		Typical duration = typical(durations, 0);
		ClinicianReport.Durations texted = (duration.median() == null) ? null
				: new ClinicianReport.Durations(texts.duration((int) Math.round(duration.median())),
						texts.duration(duration.min()), texts.duration(duration.max()));
		return new Summary(range.nights(), episodes.size(), crampNights.size(),
				Statistics.perWeek(crampNights.size(), range.nights()), trend(range, crampNights),
				typical(ratings, episodes.size() - ratings.size()), duration, texted,
				(int) episodes.stream().filter(Episode::wokeFromSleep).count(),
				(int) episodes.stream().filter(Episode::daytime).count(), places, checkInNights);
	}

	static Trend trend(ExportRange range, SortedSet<LocalDate> crampNights) {
		int half = range.nights() / 2;
		if (range.nights() < MIN_TREND_NIGHTS) {
			return new Trend(Trend.Direction.TOO_SHORT, half, 0, 0);
		}
		LocalDate earlierEnd = range.from().plusDays(half - 1);
		LocalDate laterStart = range.to().minusDays(half - 1);
		long earlier = crampNights.stream().filter(night -> !night.isAfter(earlierEnd)).count();
		long later = crampNights.stream().filter(night -> !night.isBefore(laterStart)).count();
		double earlierRate = Statistics.perWeek((int) earlier, half);
		double laterRate = Statistics.perWeek((int) later, half);
		Trend.Direction direction = (Math.abs(laterRate - earlierRate) < STEADY_BAND) ? Trend.Direction.STEADY
				: (laterRate > earlierRate) ? Trend.Direction.RISING : Trend.Direction.FALLING;
		return new Trend(direction, half, earlierRate, laterRate);
	}

	static Typical typical(List<Integer> values, int notGiven) {
		if (values.isEmpty()) {
			return new Typical(0, notGiven, null, null, null);
		}
		List<Integer> sorted = values.stream().sorted().toList();
		return new Typical(sorted.size(), notGiven, Statistics.median(sorted), sorted.get(0),
				sorted.get(sorted.size() - 1));
	}

	/**
	 * The red flags the patient was shown for these nights: the advice engine with the tips page's window rule
	 * ({@link AdviceSettings#windowDays()} nights before the day it is judged on), judged on the day after the
	 * range's last night, but never later than today, the day the tips page judges on now; so a range that ends
	 * tonight gets exactly the flags of the patient's tips page. Only the range's episodes and check-ins are judged
	 * (nothing outside a shared range), and the report names the window's nights. A range of tonight alone, which
	 * has no night before today, is judged on the day after it.
	 */
	RedFlags redFlags(ExportRange range, PatientNights patientNights, Locale locale, Texts texts, LocalDate today) {
		LocalDate asOf = range.to().plusDays(1);
		if (asOf.isAfter(today) && AdviceContext.lastNight(today).compareTo(range.from()) >= 0) {
			asOf = today;
		}
		int nights = this.adviceSettings.windowDays();
		AdviceContext context = AdviceContext.of(asOf, nights, patientNights, List.of());
		AdviceReport report = this.advice.evaluate(context, locale);
		List<RedFlagLine> flags = new ArrayList<>();
		for (RedFlag flag : report.redFlags()) {
			flags.add(new RedFlagLine(flag.code().name(),
					texts.textOr("export.redFlag." + flag.code().name(), flag.code().name()),
					texts.textOr("export.urgency." + flag.urgency().name(), flag.urgency().name()), flag.message()));
		}
		return new RedFlags(context.firstNight(), context.lastNight(), nights, flags);
	}

	/** The medications taken on at least one night of the range (an unknown start counts as "before"). */
	List<MedicationLine> medications(ExportRange range, List<Medication> medications, Texts texts) {
		return medications.stream()
			.filter(medication -> medication.isTakenDuring(range.from(), range.to()))
			.map(medication -> new MedicationLine(medication.name(),
					texts.textOr("export.drugClass." + medication.drugClass().name(), medication.drugClass().name()),
					medication.drugClass().isCrampAssociated(), this.catalog.crampAssociation(medication.drugClass()),
					medication.startedOn(), medication.stoppedOn(), period(medication, texts)))
			.toList();
	}

	private static String period(Medication medication, Texts texts) {
		LocalDate started = medication.startedOn();
		LocalDate stopped = medication.stoppedOn();
		if (started != null && stopped != null) {
			return texts.text("export.medications.between", started, stopped);
		}
		if (started != null) {
			return texts.text("export.medications.since", started);
		}
		return (stopped != null) ? texts.text("export.medications.until", stopped)
				: texts.text("export.medications.noDates");
	}

	/**
	 * The gated patterns of the range's check-ins: the insights' LINKED and NO_BIG_EFFECT verdicts (lag 0 first),
	 * never a raw coincidence, with the known nights behind them.
	 */
	Factors factors(PatientNights nights, Insights insights, Texts texts) {
		Map<NightlyFactor, NightlyFactors.Factor> labels = new EnumMap<>(NightlyFactor.class);
		this.factors.all().forEach(factor -> labels.put(factor.factor(), factor));
		List<PatternLine> lines = new ArrayList<>();
		for (Insights.FactorInsight insight : insights.gated()) {
			NightlyFactors.Factor factor = labels.get(insight.factor());
			lines.add(new PatternLine(factor.code(), texts.text("export.factor." + factor.code(), factor.args()),
					insight.lag(), insight.verdict().name(),
					texts.text("export.patterns.verdict." + insight.verdict().name()), insight.sentence()));
		}
		lines.sort(Comparator.comparingInt(PatternLine::lag).thenComparing(PatternLine::verdict));
		int undecided = insights.factors().size() - lines.size();
		return new Factors(nights.checkIns().size(), insights.allKnownNights(), insights.knownNights(), lines,
				undecided);
	}

	/** Bars by week from the range's first night, or by calendar month for ranges over 26 weeks. */
	static Chart chart(ExportRange range, List<Episode> episodes, Texts texts) {
		boolean byMonth = range.nights() > MAX_WEEKLY_NIGHTS;
		DateTimeFormatter labels = texts.pattern(byMonth ? "format.chart.month" : "format.chart.week");
		List<LocalDate[]> buckets = new ArrayList<>();
		LocalDate start = range.from();
		while (!start.isAfter(range.to())) {
			LocalDate end = byMonth ? start.withDayOfMonth(start.lengthOfMonth()) : start.plusDays(6);
			if (end.isAfter(range.to())) {
				end = range.to();
			}
			buckets.add(new LocalDate[] { start, end });
			start = end.plusDays(1);
		}
		int[] night = new int[buckets.size()];
		int[] day = new int[buckets.size()];
		List<SortedSet<LocalDate>> crampNights = new ArrayList<>();
		buckets.forEach(bucket -> crampNights.add(new TreeSet<>()));
		for (Episode episode : episodes) {
			int index = bucketOf(episode.nightOf(), range, byMonth);
			if (index < 0 || index >= buckets.size()) {
				continue;
			}
			if (episode.daytime()) {
				day[index]++;
			}
			else {
				night[index]++;
				crampNights.get(index).add(episode.nightOf());
			}
		}
		int max = 1;
		for (int i = 0; i < buckets.size(); i++) {
			max = Math.max(max, night[i] + day[i]);
		}
		List<Chart.Bar> bars = new ArrayList<>();
		for (int i = 0; i < buckets.size(); i++) {
			LocalDate[] bucket = buckets.get(i);
			bars.add(new Chart.Bar(labels.format(bucket[0]), bucket[0], bucket[1], night[i], day[i],
					crampNights.get(i).size(), 100.0 * night[i] / max, 100.0 * day[i] / max));
		}
		return new Chart(byMonth, max, bars);
	}

	private static int bucketOf(LocalDate night, ExportRange range, boolean byMonth) {
		if (!byMonth) {
			return (int) (ChronoUnit.DAYS.between(range.from(), night) / 7);
		}
		return (int) ChronoUnit.MONTHS.between(range.from().withDayOfMonth(1), night.withDayOfMonth(1));
	}

	static List<EpisodeRow> rows(List<Episode> episodes, ZoneId zone, Texts texts) {
		DateTimeFormatter time = texts.pattern("format.time");
		List<EpisodeRow> rows = new ArrayList<>(episodes.size());
		for (Episode episode : episodes) {
			OffsetDateTime start = episode.startedAt();
			ZoneOffset home = zone.getRules().getOffset(start.toInstant());
			String shown = time.format(start) + (start.getOffset().equals(home) ? "" : " (" + start.getOffset() + ")");
			List<String> tried = new ArrayList<>();
			for (Relief relief : sorted(episode.reliefsTried())) {
				String label = texts.textOr("export.relief." + relief.name(), relief.name());
				tried.add((relief == episode.helpedMost()) ? texts.text("export.relief.helpedMost", label) : label);
			}
			List<String> signs = sorted(episode.warningSigns()).stream()
				.map(sign -> texts.textOr("export.warningSign." + sign.name(), sign.name()))
				.toList();
			rows.add(new EpisodeRow(episode.id(), episode.nightOf(), shown,
					DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(start), texts.duration(episode.durationSeconds()),
					episode.isGiven(EpisodeDetail.INTENSITY) ? episode.intensity() : null, texts.where(episode),
					episode.wokeFromSleep(), episode.daytime(), tried, signs, episode.notes()));
		}
		return rows;
	}

	private static <E extends Enum<E>> List<E> sorted(Set<E> codes) {
		return codes.stream().sorted().toList();
	}

	/** Texts in the reader's language, from the export bundle. */
	static final class Texts {

		private final MessageSource messages;

		private final Locale locale;

		Texts(MessageSource messages, Locale locale) {
			this.messages = messages;
			this.locale = locale;
		}

		String text(String key, Object... args) {
			return this.messages.getMessage(key, args, this.locale);
		}

		Locale locale() {
			return this.locale;
		}

		/** A date pattern of the bundles (format.*), in this language. */
		DateTimeFormatter pattern(String key) {
			return DateTimeFormatter.ofPattern(text(key), this.locale);
		}

		/** The text of the key, or {@code fallback} when the bundle has none (a code added later). */
		String textOr(String key, String fallback) {
			return this.messages.getMessage(key, null, fallback, this.locale);
		}

		/** "Calf, left", "Foot, side not given", ... */
		String where(Episode episode) {
			String muscle = episode.isGiven(EpisodeDetail.MUSCLE)
					? textOr("episode.muscle." + episode.muscle().name(), episode.muscle().name())
					: text("episode.where.notGiven");
			String side = episode.isGiven(EpisodeDetail.SIDE)
					? textOr("export.side." + episode.side().name(), episode.side().name())
					: text("export.side.notGiven");
			return text("export.where", muscle, side);
		}

		/** "45 s", "2 min", "1 min 30 s", "1 h 5 min". */
		String duration(int seconds) {
			if (seconds < 60) {
				return text("export.duration.seconds", seconds);
			}
			if (seconds < 3600) {
				return (seconds % 60 == 0) ? text("export.duration.minutes", seconds / 60)
						: text("export.duration.minutesSeconds", seconds / 60, seconds % 60);
			}
			return text("export.duration.hours", seconds / 3600, (seconds % 3600) / 60);
		}

	}

}
