package org.crampwise.insights;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.NightlyFactor;
import org.crampwise.checkin.CheckIn;
import org.crampwise.episode.Episode;
import org.crampwise.episode.EpisodeDetail;
import org.crampwise.episode.Relief;
import org.crampwise.insights.Insights.FactorInsight;
import org.crampwise.insights.Insights.MedicationInsight;
import org.crampwise.insights.Insights.Rate;
import org.crampwise.nights.PatientNights;
import org.crampwise.profile.Medication;
import org.crampwise.system.Statistics;
import org.crampwise.system.Statistics.Proportion;
import org.crampwise.system.Statistics.RiskRatio;
import org.crampwise.system.Statistics.Stratum;

/**
 * The insights method (docs/insights.md), pure: from a patient's range of nights to the verdicts. A night is usable
 * for a factor at a lag when it is known (an episode or a "no cramps" mark) and the check-in of that night (lag 0)
 * or of the night before (lag 1) answered the factor. Unknown nights never count as cramp-free.
 */
public final class InsightsEngine {

	/** The lags tested: that night's check-in and the night before's. */
	public static final int[] LAGS = { 0, 1 };

	private final AdviceSettings.Factors limits;

	private final InsightsSettings settings;

	public InsightsEngine(AdviceSettings.Factors limits, InsightsSettings settings) {
		this.limits = limits;
		this.settings = settings;
	}

	/** The insights of the whole range, each sentence as its bare message code ({@link InsightsTexts#CODES}). */
	public Insights compute(PatientNights patient) {
		return compute(patient, InsightsTexts.CODES);
	}

	/** The insights of the whole range, the sentences worded by {@code texts}. */
	public Insights compute(PatientNights patient, InsightsTexts texts) {
		Outcomes outcomes = new Outcomes(patient);
		Map<LocalDate, CheckIn> checkIns = patient.checkInsByNight();
		List<FactorInsight> factors = factors(outcomes, checkIns, Set.of(), texts);
		Set<LocalDate> copied = patient.copiedNights();
		int known = 0;
		int cramps = 0;
		int copiedUsable = 0;
		for (LocalDate night = patient.from(); !night.isAfter(patient.to()); night = night.plusDays(1)) {
			Boolean outcome = outcomes.of(night);
			if (outcome != null && checkIns.containsKey(night)) {
				known++;
				cramps += outcome ? 1 : 0;
				copiedUsable += copied.contains(night) ? 1 : 0;
			}
		}
		if (known > 0 && copiedUsable > this.settings.copiedShare() * known) {
			List<FactorInsight> without = factors(outcomes, checkIns, copied, InsightsTexts.CODES);
			List<FactorInsight> marked = new ArrayList<>();
			for (int i = 0; i < factors.size(); i++) {
				FactorInsight f = factors.get(i);
				marked.add(new FactorInsight(f.factor(), f.lag(), f.exposed(), f.unexposed(), f.riskRatio(), f.low(),
						f.high(), f.p(), f.verdict(), f.direction(), f.nightsNeeded(), f.sentence(), f.bundle(),
						without.get(i).verdict()));
			}
			factors = marked;
		}
		return new Insights(patient.from(), patient.to(), known, cramps, outcomes.knownCount(), copiedUsable, factors,
				medications(patient, outcomes, texts), weeks(patient, outcomes), hours(patient.episodes()),
				reliefs(patient.episodes()), months(patient.episodes()));
	}

	/** Every factor at every lag, Benjamini-Hochberg over all of them, then the bundles. */
	List<FactorInsight> factors(Outcomes outcomes, Map<LocalDate, CheckIn> checkIns, Set<LocalDate> leftOut,
			InsightsTexts texts) {
		Boolean[][] present = presence(outcomes, checkIns, leftOut);
		List<Table> tables = new ArrayList<>();
		for (NightlyFactor factor : NightlyFactor.values()) {
			for (int lag : LAGS) {
				tables.add(table(factor, lag, outcomes, present[factor.ordinal()]));
			}
		}
		double[] p = new double[tables.size()];
		for (int i = 0; i < tables.size(); i++) {
			Table table = tables.get(i);
			p[i] = (table.ratio != null && table.enough) ? table.ratio.p() : 1;
		}
		boolean[] discoveries = Statistics.benjaminiHochberg(p, this.settings.fdr());
		Map<NightlyFactor, List<NightlyFactor>>[] bundles = bundles(outcomes, present);
		List<FactorInsight> insights = new ArrayList<>();
		for (int i = 0; i < tables.size(); i++) {
			insights.add(verdict(tables.get(i), discoveries[i], bundles[tables.get(i).lag]
				.getOrDefault(tables.get(i).factor, List.of()), texts));
		}
		return insights;
	}

	/**
	 * Each factor's presence on each night from the night before {@code from} to {@code to} (index 0 is the night
	 * before {@code from}): TRUE, FALSE, or null when unanswered, without a check-in or left out.
	 */
	Boolean[][] presence(Outcomes outcomes, Map<LocalDate, CheckIn> checkIns, Set<LocalDate> leftOut) {
		NightlyFactor[] all = NightlyFactor.values();
		Boolean[][] present = new Boolean[all.length][outcomes.length + 1];
		for (int k = 0; k <= outcomes.length; k++) {
			LocalDate night = outcomes.from.plusDays(k - 1);
			CheckIn checkIn = checkIns.get(night);
			if (checkIn == null || leftOut.contains(night)) {
				continue;
			}
			for (NightlyFactor factor : all) {
				present[factor.ordinal()][k] = factor.presentIn(checkIn, this.limits);
			}
		}
		return present;
	}

	/** The 2x2 counts, strata and persistence of one factor at one lag ({@code present} from {@link #presence}). */
	Table table(NightlyFactor factor, int lag, Outcomes outcomes, Boolean[] present) {
		List<@Nullable Boolean> xs = new ArrayList<>(outcomes.length);
		List<@Nullable Boolean> ys = new ArrayList<>(outcomes.length);
		int firstUsable = -1;
		int lastUsable = -1;
		int a = 0;
		int n1 = 0;
		int c = 0;
		int n0 = 0;
		for (int k = 1; k <= outcomes.length; k++) {
			Boolean y = outcomes.at(k);
			Boolean x = (k - lag >= 0) ? present[k - lag] : null;
			xs.add(x);
			ys.add(y);
			if (x == null || y == null) {
				continue;
			}
			if (firstUsable < 0) {
				firstUsable = k;
			}
			lastUsable = k;
			if (x) {
				n1++;
				a += y ? 1 : 0;
			}
			else {
				n0++;
				c += y ? 1 : 0;
			}
		}
		boolean byMonth = firstUsable >= 0 && outcomes.month[lastUsable]
				- outcomes.month[firstUsable] >= this.settings.monthStrataAfterMonths();
		// stratum: last night (0 unknown, 1 cramps, 2 none) and, by month, the month's index in the range;
		// strata in the order they first occur
		int[][] byKey = new int[3 * (byMonth ? outcomes.month[outcomes.length] + 1 : 1)][];
		List<int[]> strata = new ArrayList<>();
		for (int k = Math.max(1, firstUsable); firstUsable >= 0 && k <= lastUsable; k++) {
			Boolean y = outcomes.at(k);
			Boolean x = (k - lag >= 0) ? present[k - lag] : null;
			if (x == null || y == null) {
				continue;
			}
			Boolean previous = outcomes.at(k - 1);
			int key = ((previous == null) ? 0 : previous ? 1 : 2) + (byMonth ? 3 * outcomes.month[k] : 0);
			int[] cells = byKey[key];
			if (cells == null) {
				cells = new int[4];
				byKey[key] = cells;
				strata.add(cells);
			}
			if (x) {
				cells[1]++;
				cells[0] += y ? 1 : 0;
			}
			else {
				cells[3]++;
				cells[2] += y ? 1 : 0;
			}
		}
		List<Stratum> list = strata.stream().map(s -> new Stratum(s[0], s[1], s[2], s[3])).toList();
		double widen = Statistics.persistenceFactor(Statistics.lag1Autocorrelation(xs),
				Statistics.lag1Autocorrelation(ys));
		Optional<RiskRatio> ratio = Statistics.mantelHaenszel(list, widen);
		if (ratio.isEmpty() && n1 > 0 && n0 > 0) {
			// no events on one side in every stratum
			// counted twice plus one: the pooled table with half a night added to each cell, its variance restored
			ratio = Statistics.mantelHaenszel(List.of(new Stratum(2 * a + 1, 2 * n1 + 2, 2 * c + 1, 2 * n0 + 2)),
					widen * 2);
		}
		int usableNights = n1 + n0;
		boolean enough = n1 >= this.settings.minExposed() && n0 >= this.settings.minUnexposed()
				&& a + c >= this.settings.minCrampNights() && usableNights >= this.settings.minUsableNights();
		return new Table(factor, lag, a, n1, c, n0, ratio.orElse(null), enough, outcomes.knownCount);
	}

	private FactorInsight verdict(Table t, boolean discovery, List<NightlyFactor> bundle, InsightsTexts texts) {
		Proportion exposed = Statistics.wilson(t.a, t.n1);
		Proportion unexposed = Statistics.wilson(t.c, t.n0);
		Rate x = rate(exposed);
		Rate u = rate(unexposed);
		RiskRatio rr = t.ratio;
		Verdict verdict = Verdict.NOT_ENOUGH_DATA;
		Direction direction = null;
		if (t.enough && rr != null) {
			boolean excludesOne = rr.low() > 1 || rr.high() < 1;
			if (discovery && excludesOne
					&& Math.abs(exposed.rate() - unexposed.rate()) >= this.settings.minRateDifference()) {
				verdict = Verdict.LINKED;
				direction = (rr.ratio() > 1) ? Direction.MORE_CRAMPS : Direction.FEWER_CRAMPS;
			}
			else if (rr.low() >= this.settings.noBigEffectLow() && rr.high() <= this.settings.noBigEffectHigh()) {
				verdict = Verdict.NO_BIG_EFFECT;
			}
		}
		Integer needed = (verdict == Verdict.NOT_ENOUGH_DATA) ? nightsNeeded(t) : null;
		String sentence = texts.text(sentence(t.factor, t.lag, verdict, direction, exposed, unexposed, needed));
		return new FactorInsight(t.factor, t.lag, x, u, (rr == null) ? null : round(rr.ratio(), 2),
				(rr == null) ? null : round(rr.low(), 2), (rr == null) ? null : round(rr.high(), 2),
				(rr == null) ? null : rr.p(), verdict, direction, needed, sentence, bundle, null);
	}

	/**
	 * Roughly how many more known nights before a verdict: below the minimum, the nights each minimum needs at the
	 * rates seen so far; past it, the nights that would shrink the interval enough to decide either way.
	 */
	int nightsNeeded(Table t) {
		int usable = t.n1 + t.n0;
		double exposedShare = (usable == 0 || t.n1 == 0 || t.n0 == 0) ? 0.5 : (double) t.n1 / usable;
		double crampShare = (usable == 0 || t.a + t.c == 0) ? 0.3 : (double) (t.a + t.c) / usable;
		double needUsable = Math.max(this.settings.minUsableNights(),
				Math.max(this.settings.minExposed() / exposedShare,
						Math.max(this.settings.minUnexposed() / (1 - exposedShare),
								this.settings.minCrampNights() / crampShare)));
		if (t.enough && t.ratio != null) {
			double log = Math.abs(Math.log(t.ratio.ratio()));
			double se = (Math.log(t.ratio.high()) - Math.log(t.ratio.low())) / (2 * Statistics.Z95);
			double seLinked = log / Statistics.Z95;
			double seNoBig = (Math.log(this.settings.noBigEffectHigh()) - log) / Statistics.Z95;
			double target = Math.max(seLinked, seNoBig);
			needUsable = (target <= 0) ? Double.MAX_VALUE : usable * (se / target) * (se / target);
		}
		// usable nights per known night so far
		double usablePerKnown = (t.knownNights == 0 || usable == 0) ? 1 : Math.min(1, (double) usable / t.knownNights);
		double more = needUsable / usablePerKnown - t.knownNights;
		return (int) Math.max(1, Math.min(this.settings.maxNightsNeeded(), Math.ceil(more)));
	}

	/** For each lag, the factors that agree with each factor on at least the bundle share of usable nights. */
	@SuppressWarnings("unchecked")
	private Map<NightlyFactor, List<NightlyFactor>>[] bundles(Outcomes outcomes, Boolean[][] present) {
		Map<NightlyFactor, List<NightlyFactor>>[] result = new Map[LAGS.length];
		for (int lag : LAGS) {
			Map<NightlyFactor, List<NightlyFactor>> together = new EnumMap<>(NightlyFactor.class);
			NightlyFactor[] all = NightlyFactor.values();
			for (int i = 0; i < all.length; i++) {
				for (int j = i + 1; j < all.length; j++) {
					int both = 0;
					int agree = 0;
					for (int k = Math.max(1, lag); k <= outcomes.length; k++) {
						Boolean x = present[i][k - lag];
						Boolean z = present[j][k - lag];
						if (x != null && z != null && outcomes.at(k) != null) {
							both++;
							agree += x.equals(z) ? 1 : 0;
						}
					}
					if (both >= this.settings.bundleMinNights() && agree >= this.settings.bundleAgreement() * both) {
						together.computeIfAbsent(all[i], k -> new ArrayList<>()).add(all[j]);
						together.computeIfAbsent(all[j], k -> new ArrayList<>()).add(all[i]);
					}
				}
			}
			result[lag] = together;
		}
		return result;
	}

	/**
	 * Each medication started inside the range: known nights in up to 56 nights before the start against up to 56
	 * after, skipping the first 7 after; at least 28 on each side.
	 */
	List<MedicationInsight> medications(PatientNights patient, Outcomes outcomes, InsightsTexts texts) {
		List<MedicationInsight> result = new ArrayList<>();
		for (Medication medication : patient.medications()) {
			LocalDate start = medication.startedOn();
			if (start == null || start.isBefore(patient.from()) || start.isAfter(patient.to())) {
				continue;
			}
			List<@Nullable Boolean> before = new ArrayList<>();
			for (LocalDate night = start.minusDays(this.settings.medicationNights()); night.isBefore(start);
					night = night.plusDays(1)) {
				before.add(outcomes.of(night));
			}
			List<@Nullable Boolean> after = new ArrayList<>();
			LocalDate first = start.plusDays(this.settings.medicationSkipNights());
			for (LocalDate night = first; night.isBefore(first.plusDays(this.settings.medicationNights()));
					night = night.plusDays(1)) {
				after.add(outcomes.of(night));
			}
			int b = count(before, true);
			int nb = count(before, true) + count(before, false);
			int f = count(after, true);
			int nf = count(after, true) + count(after, false);
			List<@Nullable Boolean> series = new ArrayList<>(before);
			series.addAll(after);
			double widen = Statistics.persistenceFactor(Statistics.MAX_AUTOCORRELATION,
					Statistics.lag1Autocorrelation(series));
			RiskRatio rr = Statistics.mantelHaenszel(List.of(new Stratum(f, nf, b, nb)), widen).orElse(null);
			Proportion pb = Statistics.wilson(b, nb);
			Proportion pf = Statistics.wilson(f, nf);
			Verdict verdict = Verdict.NOT_ENOUGH_DATA;
			Direction direction = null;
			boolean enough = nb >= this.settings.medicationMinNights() && nf >= this.settings.medicationMinNights();
			if (enough && rr != null) {
				if ((rr.low() > 1 || rr.high() < 1) && rr.p() <= this.settings.fdr()
						&& Math.abs(pf.rate() - pb.rate()) >= this.settings.minRateDifference()) {
					verdict = Verdict.LINKED;
					direction = (rr.ratio() > 1) ? Direction.MORE_CRAMPS : Direction.FEWER_CRAMPS;
				}
				else if (rr.low() >= this.settings.noBigEffectLow() && rr.high() <= this.settings.noBigEffectHigh()) {
					verdict = Verdict.NO_BIG_EFFECT;
				}
			}
			MessageSourceResolvable sentence = switch (verdict) {
				case LINKED -> message("insights.medication.LINKED", medication.name(),
						(direction == Direction.MORE_CRAMPS) ? 1 : 0, counts(pf), counts(pb));
				case NO_BIG_EFFECT -> message("insights.medication.NO_BIG_EFFECT", medication.name(), counts(pf),
						counts(pb));
				case NOT_ENOUGH_DATA -> message("insights.medication.NOT_ENOUGH_DATA", medication.name(), nb, nf,
						this.settings.medicationMinNights());
			};
			result.add(new MedicationInsight(medication.id(), medication.name(), medication.drugClass().name(),
					medication.drugClass().isCrampAssociated(), start, rate(pb), rate(pf),
					(rr == null) ? null : round(rr.ratio(), 2), (rr == null) ? null : round(rr.low(), 2),
					(rr == null) ? null : round(rr.high(), 2), verdict, direction, texts.text(sentence)));
		}
		return result;
	}

	private static int count(List<@Nullable Boolean> values, boolean value) {
		return (int) values.stream().filter(v -> v != null && v == value).count();
	}

	/** Weeks from the Monday on or before the first night, newest last. */
	static List<Insights.Week> weeks(PatientNights patient, Outcomes outcomes) {
		Map<LocalDate, int[]> weeks = new TreeMap<>();
		for (LocalDate night = patient.from(); !night.isAfter(patient.to()); night = night.plusDays(1)) {
			LocalDate monday = night.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			int[] counts = weeks.computeIfAbsent(monday, k -> new int[2]);
			Boolean outcome = outcomes.of(night);
			if (outcome != null) {
				counts[0]++;
				counts[1] += outcome ? 1 : 0;
			}
		}
		return weeks.entrySet()
			.stream()
			.map(e -> new Insights.Week(e.getKey(), e.getValue()[0], e.getValue()[1]))
			.toList();
	}

	static List<Insights.Hour> hours(List<Episode> episodes) {
		int[] hours = new int[24];
		episodes.forEach(episode -> hours[episode.startedAt().getHour()]++);
		List<Insights.Hour> result = new ArrayList<>();
		for (int hour = 0; hour < 24; hour++) {
			result.add(new Insights.Hour(hour, hours[hour]));
		}
		return result;
	}

	static List<Insights.ReliefInsight> reliefs(List<Episode> episodes) {
		List<Insights.ReliefInsight> result = new ArrayList<>();
		for (Relief relief : Relief.values()) {
			int tried = (int) episodes.stream().filter(e -> e.reliefsTried().contains(relief)).count();
			int helped = (int) episodes.stream().filter(e -> e.helpedMost() == relief).count();
			Proportion p = Statistics.wilson(Math.min(helped, tried), tried);
			result.add(new Insights.ReliefInsight(relief, tried, helped, round(p.rate(), 3), round(p.low(), 3),
					round(p.high(), 3)));
		}
		return result;
	}

	static List<Insights.Month> months(List<Episode> episodes) {
		Map<LocalDate, List<Episode>> byMonth = new TreeMap<>();
		episodes.forEach(e -> byMonth.computeIfAbsent(e.nightOf().withDayOfMonth(1), k -> new ArrayList<>()).add(e));
		List<Insights.Month> months = new ArrayList<>();
		byMonth.forEach((month, list) -> months.add(new Insights.Month(month, list.size(),
				Statistics.median(list.stream()
					.filter(e -> e.isGiven(EpisodeDetail.INTENSITY))
					.map(e -> (Number) e.intensity())
					.toList()),
				Statistics.median(list.stream().map(e -> (Number) e.durationSeconds()).toList()))));
		return months;
	}

	private static Rate rate(Proportion p) {
		return new Rate(p.trials(), p.events(), round(p.rate(), 3), round(p.low(), 3), round(p.high(), 3));
	}

	private static double round(double value, int places) {
		double scale = Math.pow(10, places);
		return Math.round(value * scale) / scale;
	}

	/** "3 of 10 (30%)". */
	private static MessageSourceResolvable counts(Proportion p) {
		return message("insights.counts", p.events(), p.trials(), Math.round(100 * p.rate()));
	}

	private static MessageSourceResolvable message(String code, Object... args) {
		return new DefaultMessageSourceResolvable(new String[] { code }, args);
	}

	/** The plain sentence: "nights with X had cramps more often", never "X causes". */
	MessageSourceResolvable sentence(NightlyFactor factor, int lag, Verdict verdict, @Nullable Direction direction,
			Proportion exposed, Proportion unexposed, @Nullable Integer needed) {
		MessageSourceResolvable nights = message((lag == 0) ? "insights.nights.lag0" : "insights.nights.lag1",
				phrase(factor));
		return switch (verdict) {
			case LINKED -> message("insights.sentence.LINKED", nights, (direction == Direction.MORE_CRAMPS) ? 1 : 0,
					counts(exposed), counts(unexposed));
			case NO_BIG_EFFECT -> message("insights.sentence.NO_BIG_EFFECT", nights, counts(exposed),
					counts(unexposed));
			case NOT_ENOUGH_DATA -> (needed != null && needed >= this.settings.maxNightsNeeded())
					? message("insights.sentence.NOT_ENOUGH_DATA.many", nights, counts(exposed), counts(unexposed))
					: message("insights.sentence.NOT_ENOUGH_DATA", nights, counts(exposed), counts(unexposed),
							needed);
		};
	}

	/** The factor in words, with its threshold (the advice's phrase of it: said once). */
	public MessageSourceResolvable phrase(NightlyFactor factor) {
		Number threshold = factor.threshold(this.limits);
		String code = "advice.pattern.factor." + factor.name();
		return (threshold == null) ? message(code) : message(code, threshold);
	}

	/** The 2x2 table of one test. */
	record Table(NightlyFactor factor, int lag, int a, int n1, int c, int n0, @Nullable RiskRatio ratio,
			boolean enough, int knownNights) {
	}

	/** Each night's outcome: TRUE cramps, FALSE known without, null unknown. */
	static final class Outcomes {

		final LocalDate from;

		final LocalDate to;

		/** Nights in the range. */
		final int length;

		/** Known nights in the range. */
		final int knownCount;

		private final Map<LocalDate, Boolean> known = new HashMap<>();

		/** Index k is the night {@code from + k - 1}: 0 the night before the range, always unknown. */
		private final @Nullable Boolean[] byIndex;

		/** Index k: the calendar month of the night {@code from + k - 1}, counted from the month of {@code from}. */
		final int[] month;

		Outcomes(PatientNights patient) {
			this.from = patient.from();
			this.to = patient.to();
			this.length = patient.length();
			this.known.putAll(patient.outcomes());
			this.byIndex = new Boolean[this.length + 1];
			this.month = new int[this.length + 1];
			int count = 0;
			for (int k = 1; k <= this.length; k++) {
				LocalDate night = this.from.plusDays(k - 1);
				this.byIndex[k] = this.known.get(night);
				this.month[k] = (night.getYear() - this.from.getYear()) * 12 + night.getMonthValue()
						- this.from.getMonthValue();
				count += (this.byIndex[k] != null) ? 1 : 0;
			}
			this.knownCount = count;
		}

		@Nullable Boolean at(int k) {
			return (k < 0 || k > this.length) ? null : this.byIndex[k];
		}

		@Nullable Boolean of(LocalDate night) {
			return this.known.get(night);
		}

		int knownCount() {
			return this.knownCount;
		}

	}

}
