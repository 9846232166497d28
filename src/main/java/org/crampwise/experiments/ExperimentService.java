package org.crampwise.experiments;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import org.crampwise.account.AccountId;
import org.crampwise.advice.AdviceReport;
import org.crampwise.advice.AdviceService;
import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Effect;
import org.crampwise.advice.RedFlag;
import org.crampwise.advice.Remedy;
import org.crampwise.advice.RuleExplanation;
import org.crampwise.advice.UrgentFlags;
import org.crampwise.advice.WithheldRemedy;
import org.crampwise.checkin.CheckIn;
import org.crampwise.episode.EpisodeLogged;
import org.crampwise.nights.NightService;
import org.crampwise.nights.PatientNights;
import org.crampwise.system.ConflictException;
import org.crampwise.system.FieldProblem;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.ResourceNotFoundException;
import org.crampwise.system.Statistics;

/**
 * Personal experiments of one owner (docs/experiments.md): start (after the advice engine's safety rules), the
 * schedule drawn once, tonight's task, pauses on an urgent red flag, stop, the one extension, the result and the
 * user's decision. Every method works on the given owner's experiments only; another's id is not found.
 * <p>
 * Time moves an experiment on: whenever one is read, an ACTIVE experiment whose last night is over is analysed, then
 * extended once (CANT_TELL) or finished.
 */
@Service
public class ExperimentService implements NightTasks, ExperimentsArchive {

	/** The lowest and highest number of pairs a user may ask for. */
	static final int MIN_PAIRS = 2;

	static final int MAX_PAIRS = 12;

	/** The water target's bounds, ml. */
	static final int MIN_WATER_ML = 500;

	static final int MAX_WATER_ML = 6000;

	/** The nights before an experiment whose rate the plan shows. */
	static final int RECENT_NIGHTS = 28;

	private static final String PREGNANCY_RULE = "pregnancy-supplements";

	private final ExperimentRepository experiments;

	private final ExperimentPauseRepository pauses;

	private final NightService nights;

	private final AdviceService advice;

	private final AdviceSettings adviceSettings;

	private final UrgentFlags urgentFlags;

	private final List<ClinicianAgreements> agreements;

	private final ExperimentSettings settings;

	private final MessageSource messages;

	private final Clock clock;

	private final Random random;

	ExperimentService(ExperimentRepository experiments, ExperimentPauseRepository pauses, NightService nights,
			AdviceService advice, AdviceSettings adviceSettings, UrgentFlags urgentFlags,
			List<ClinicianAgreements> agreements, ExperimentSettings settings, MessageSource messages, Clock clock) {
		this.experiments = experiments;
		this.pauses = pauses;
		this.nights = nights;
		this.advice = advice;
		this.adviceSettings = adviceSettings;
		this.urgentFlags = urgentFlags;
		this.agreements = List.copyOf(agreements);
		this.settings = settings;
		this.messages = messages;
		this.clock = clock;
		this.random = new SecureRandom();
	}

	/**
	 * Starts an experiment: its run-in begins tonight and the order of every pair (the extension's too) is drawn now.
	 * @throws InvalidInputException naming the field for an unknown remedy, pairs or water target out of range
	 * @throws ConflictException while another experiment is in its run-in, running or paused
	 * @throws StartRefusedException (422) when the advice engine's safety rules hold the remedy back for this user
	 */
	@Transactional
	public ExperimentView start(AccountId owner, StartRequest request) {
		TestedRemedy remedy = validate(request);
		if (!this.experiments.findOpenOfAccount(owner.value()).isEmpty()) {
			throw new ConflictException(FieldProblem.of("remedy", "experiments.error.open"));
		}
		refusal(owner, remedy, Boolean.TRUE.equals(request.clinicianAgreed())).ifPresent(reason -> {
			throw new StartRefusedException(text("experiments.refused.title"), reason);
		});
		int pairs = (request.pairs() != null) ? request.pairs() : plan(owner, remedy).pairs();
		Integer water = (remedy == TestedRemedy.STAY_HYDRATED) ? ((request.waterTargetMl() != null)
				? request.waterTargetMl() : this.adviceSettings.factors().lowWaterMl()) : null;
		StringBuilder orders = new StringBuilder();
		for (int i = 0; i < pairs + TestedRemedy.EXTENSION_PAIRS; i++) {
			orders.append(this.random.nextBoolean() ? 'R' : 'U');
		}
		LocalDate tonight = this.nights.tonight(owner);
		Experiment experiment = this.experiments.save(new Experiment(owner.value(), remedy, water, pairs,
				orders.toString(), tonight, this.clock.instant().atOffset(ZoneOffset.UTC)));
		return view(owner, experiment, tonight, List.of(), null);
	}

	/** The plan of an experiment with that remedy for this user, shown before the start. */
	@Transactional(readOnly = true)
	public PlanPreview plan(AccountId owner, TestedRemedy remedy) {
		LocalDate tonight = this.nights.tonight(owner);
		PatientNights recent = this.nights.range(owner, tonight.minusDays(RECENT_NIGHTS), tonight.minusDays(1));
		Map<LocalDate, Boolean> outcomes = recent.outcomes();
		int known = outcomes.size();
		long cramps = outcomes.values().stream().filter(Boolean::booleanValue).count();
		Double perWeek = (known == 0) ? null : Statistics.perWeek((int) cramps, known);
		// no known night yet: the default design, and the run-in measures the rate
		boolean sparse = perWeek != null && perWeek < ExperimentPower.SPARSE_NIGHTS_PER_WEEK;
		int pairs = (sparse && remedy.offersMorePairs()) ? TestedRemedy.SPARSE_PAIRS : remedy.pairs();
		double rate = (known == 0) ? 0 : (double) cramps / known;
		int total = this.settings.runInNights() + pairs * 2 * remedy.blockNights();
		return new PlanPreview(remedy, this.settings.runInNights(), remedy.blockNights(), pairs,
				remedy.washInNights(), total, (total + 6) / 7, known, perWeek, sparse,
				(known == 0) ? null : ExperimentPower.of(rate, remedy.blockNights(), pairs),
				refusal(owner, remedy, false).orElse(null));
	}

	/** The night the owner is in now. */
	public LocalDate tonight(AccountId owner) {
		return this.nights.tonight(owner);
	}

	/** The owner's experiments, newest first. */
	@Transactional
	public List<ExperimentView> list(AccountId owner) {
		LocalDate tonight = this.nights.tonight(owner);
		return this.experiments.findByAccountIdOrderByIdDesc(owner.value())
			.stream()
			.map(e -> refreshed(owner, e, tonight))
			.toList();
	}

	/**
	 * The owner's experiments that have at least one night (run-in included) in {@code from..to}, oldest first, as
	 * {@link #list} shows them: for the clinician report, the share page and the FHIR bundle. A stopped or finished
	 * experiment ends on its last night; an open one on its last scheduled night. Texts (the result's sentence) are
	 * in the current locale ({@link LocaleContextHolder}).
	 */
	@Transactional
	public List<ExperimentView> overlapping(AccountId owner, LocalDate from, LocalDate to) {
		LocalDate tonight = this.nights.tonight(owner);
		List<ExperimentView> found = new ArrayList<>();
		List<Experiment> newestFirst = this.experiments.findByAccountIdOrderByIdDesc(owner.value());
		for (int i = newestFirst.size() - 1; i >= 0; i--) {
			Experiment experiment = newestFirst.get(i);
			ExperimentView view = refreshed(owner, experiment, tonight);
			LocalDate last = (experiment.endedOn() != null) ? experiment.endedOn() : view.endsOn();
			if (!view.startsOn().isAfter(to) && !last.isBefore(from)) {
				found.add(view);
			}
		}
		return found;
	}

	/** The owner's experiments for their archive, oldest first, each as the API answers it. */
	@Override
	@Transactional
	public List<ExperimentView> experiments(AccountId owner) {
		List<ExperimentView> oldestFirst = new ArrayList<>(list(owner));
		Collections.reverse(oldestFirst);
		return oldestFirst;
	}

	/** One experiment of the owner's. @throws ResourceNotFoundException for an unknown id or another's */
	@Transactional
	public ExperimentView experiment(AccountId owner, long id) {
		return refreshed(owner, find(owner, id), this.nights.tonight(owner));
	}

	/**
	 * The owner's open experiment (run-in, running or paused), if any. Only the stored open ones are read and
	 * refreshed (one that is over finishes now); a finished or stopped one never opens again, so the answer is
	 * {@link #list}'s first open one without reanalysing the finished experiments on every page that shows the task.
	 */
	@Transactional
	public Optional<ExperimentView> current(AccountId owner) {
		return currentOf(owner).map(Current::view);
	}

	private Optional<Current> currentOf(AccountId owner) {
		LocalDate tonight = this.nights.tonight(owner);
		for (Experiment experiment : this.experiments.findOpenOfAccount(owner.value())) {
			ExperimentView view = refreshed(owner, experiment, tonight);
			if (view.status().open()) {
				return Optional.of(new Current(experiment, view));
			}
		}
		return Optional.empty();
	}

	private record Current(Experiment experiment, ExperimentView view) {
	}

	/** Stops it: it gets no verdict (no peeking). @throws ConflictException unless it is open */
	@Transactional
	public ExperimentView stop(AccountId owner, long id) {
		Experiment experiment = find(owner, id);
		LocalDate tonight = this.nights.tonight(owner);
		refreshed(owner, experiment, tonight);
		if (!experiment.open()) {
			throw new ConflictException(FieldProblem.of("status", "experiments.error.notOpen"));
		}
		openPause(experiment).ifPresent(pause -> pause.end(tonight));
		experiment.stop(tonight);
		return refreshed(owner, experiment, tonight);
	}

	/** Resumes a paused experiment after the user saw a clinician. @throws ConflictException unless PAUSED */
	@Transactional
	public ExperimentView resume(AccountId owner, long id) {
		Experiment experiment = find(owner, id);
		if (experiment.status() != Experiment.Stored.PAUSED) {
			throw new ConflictException(FieldProblem.of("status", "experiments.error.notPaused"));
		}
		LocalDate tonight = this.nights.tonight(owner);
		openPause(experiment).ifPresent(pause -> pause.end(tonight));
		experiment.resume();
		return refreshed(owner, experiment, tonight);
	}

	/** Stores the user's decision. @throws ConflictException while the experiment is still open */
	@Transactional
	public ExperimentView decide(AccountId owner, long id, Decision decision) {
		Experiment experiment = find(owner, id);
		LocalDate tonight = this.nights.tonight(owner);
		refreshed(owner, experiment, tonight);
		if (experiment.open()) {
			throw new ConflictException(FieldProblem.of("decision", "experiments.error.decisionTooEarly"));
		}
		experiment.decide(decision);
		return refreshed(owner, experiment, tonight);
	}

	/**
	 * What the run-in measured, once it is over: its known nights and cramp nights, and whether it was thin (under
	 * {@code run-in-known-nights} known or under {@code run-in-cramp-nights} cramp nights), when the blocks still
	 * run as scheduled but the answer may well be CANT_TELL. Empty while the run-in lasts. For the experiment's page
	 * only: it reads the run-in's nights, which the views on every page do not need.
	 */
	@Transactional(readOnly = true)
	public Optional<RunIn> runIn(AccountId owner, ExperimentView view) {
		if (!this.nights.tonight(owner).isAfter(view.runInEnds())) {
			return Optional.empty();
		}
		Map<LocalDate, Boolean> outcomes = this.nights.range(owner, view.startsOn(), view.runInEnds()).outcomes();
		int known = outcomes.size();
		int cramps = (int) outcomes.values().stream().filter(Boolean::booleanValue).count();
		return Optional.of(new RunIn(known, cramps,
				known < this.settings.runInKnownNights() || cramps < this.settings.runInCrampNights()));
	}

	/**
	 * The run-in as measured.
	 *
	 * @param knownNights run-in nights with a cramp logged or marked "no cramps"
	 * @param crampNights run-in nights with a cramp
	 * @param thin under the settings' minimum of known or cramp nights
	 */
	public record RunIn(int knownNights, int crampNights, boolean thin) {
	}

	@Override
	@Transactional
	public Optional<NightTask> on(AccountId account, LocalDate night) {
		return currentOf(account).flatMap(current -> {
			if (current.view().status() != ExperimentStatus.RUNNING) {
				return Optional.empty();
			}
			Experiment experiment = current.experiment();
			return experiment.schedule(this.settings.runInNights())
				.blockOf(night)
				.map(block -> task(experiment, block, current.view().blocks().size()));
		});
	}

	/** An urgent red flag after a logged episode pauses the open experiment (routine flags do not). */
	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void onEpisodeLogged(EpisodeLogged logged) {
		AccountId owner = logged.owner();
		Optional<Experiment> open = this.experiments.findOpenOfAccount(owner.value())
			.stream()
			.filter(e -> e.status() == Experiment.Stored.ACTIVE)
			.findFirst();
		if (open.isEmpty()) {
			return;
		}
		List<RedFlag> urgent = this.urgentFlags.current(owner, LocaleContextHolder.getLocale());
		if (urgent.isEmpty()) {
			return;
		}
		Experiment experiment = open.get();
		experiment.pause();
		this.pauses.save(new ExperimentPause(experiment.id(), owner.value(), this.nights.tonight(owner),
				urgent.get(0).message()));
	}

	/** Why this user may not start that remedy, in the advice engine's words; empty when they may. */
	Optional<String> refusal(AccountId owner, TestedRemedy remedy, boolean clinicianAgreed) {
		AdviceReport report = this.advice.safety(owner, LocaleContextHolder.getLocale());
		boolean agreed = remedy == TestedRemedy.MAGNESIUM
				&& (clinicianAgreed || this.agreements.stream().anyMatch(a -> a.magnesiumAgreed(owner)));
		Optional<WithheldRemedy> withheld = report.withholdingOf(remedy.remedy());
		if (withheld.isPresent()) {
			// in pregnancy magnesium may be tested with the maternity clinician's agreement; never with kidney disease
			List<String> rules = report.explanationsOf(remedy.remedy())
				.stream()
				.filter(e -> e.fired() && e.effect() == Effect.WITHHOLD)
				.map(RuleExplanation::rule)
				.toList();
			boolean onlyPregnancy = remedy == TestedRemedy.MAGNESIUM && rules.equals(List.of(PREGNANCY_RULE));
			if (!(onlyPregnancy && agreed)) {
				return Optional.of(withheld.get().reason());
			}
		}
		if (remedy == TestedRemedy.MAGNESIUM && !agreed) {
			return Optional.of(text(Remedy.MAGNESIUM.cautionKeys().get(0)));
		}
		return Optional.empty();
	}

	private TestedRemedy validate(StartRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		Optional<TestedRemedy> remedy = Optional.ofNullable(request.remedy()).flatMap(TestedRemedy::of);
		if (remedy.isEmpty()) {
			problems.add(FieldProblem.of("remedy", "experiments.error.remedy"));
		}
		if (request.pairs() != null && (request.pairs() < MIN_PAIRS || request.pairs() > MAX_PAIRS)) {
			problems.add(FieldProblem.of("pairs", "experiments.error.pairs", MIN_PAIRS, MAX_PAIRS));
		}
		if (request.waterTargetMl() != null) {
			if (remedy.isPresent() && remedy.get() != TestedRemedy.STAY_HYDRATED) {
				problems.add(FieldProblem.of("waterTargetMl", "experiments.error.waterOnly"));
			}
			else if (request.waterTargetMl() < MIN_WATER_ML || request.waterTargetMl() > MAX_WATER_ML) {
				problems.add(FieldProblem.of("waterTargetMl", "experiments.error.water",
						String.valueOf(MIN_WATER_ML), String.valueOf(MAX_WATER_ML)));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return remedy.orElseThrow();
	}

	private Experiment find(AccountId owner, long id) {
		return this.experiments.findByIdAndAccountId(id, owner.value())
			.orElseThrow(() -> new ResourceNotFoundException("experiment", id));
	}

	private Optional<ExperimentPause> openPause(Experiment experiment) {
		return this.pauses.findByExperimentIdOrderById(experiment.id()).stream().filter(ExperimentPause::open).findFirst();
	}

	/** Moves an ACTIVE experiment on when its last night is over, then answers its view. */
	private ExperimentView refreshed(AccountId owner, Experiment experiment, LocalDate tonight) {
		List<ExperimentPause> paused = this.pauses.findByExperimentIdOrderById(experiment.id());
		ExperimentAnalysis.Result result = null;
		if (experiment.status() == Experiment.Stored.ACTIVE || experiment.status() == Experiment.Stored.FINISHED) {
			Schedule schedule = experiment.schedule(this.settings.runInNights());
			if (tonight.isAfter(schedule.lastNight())) {
				result = analyse(owner, experiment, schedule, paused);
				if (experiment.status() == Experiment.Stored.ACTIVE) {
					if (result.verdict() == ExperimentVerdict.CANT_TELL && !experiment.extended()) {
						experiment.extend();
						schedule = experiment.schedule(this.settings.runInNights());
						result = tonight.isAfter(schedule.lastNight()) ? analyse(owner, experiment, schedule, paused)
								: null;
					}
					if (result != null) {
						experiment.finish(schedule.lastNight(), result.verdict());
					}
				}
				else {
					// finished already: the nights may have been edited since; the stored verdict follows them
					experiment.reanalysed(result.verdict());
				}
			}
		}
		return view(owner, experiment, tonight, paused, result);
	}

	private ExperimentAnalysis.Result analyse(AccountId owner, Experiment experiment, Schedule schedule,
			List<ExperimentPause> paused) {
		PatientNights range = this.nights.range(owner, schedule.firstBlockNight(), schedule.lastNight());
		int water = (experiment.waterTargetMl() != null) ? experiment.waterTargetMl()
				: this.adviceSettings.factors().lowWaterMl();
		Map<LocalDate, Boolean> done = new HashMap<>();
		for (CheckIn checkIn : range.checkIns()) {
			Boolean didIt = experiment.remedy().doneIn(checkIn, water, this.adviceSettings.factors());
			if (didIt != null) {
				done.put(checkIn.nightOf(), didIt);
			}
		}
		return ExperimentAnalysis.analyse(schedule, night -> paused.stream().anyMatch(p -> p.covers(night)),
				range.outcomes(), done, this.settings);
	}

	private ExperimentView view(AccountId owner, Experiment experiment, LocalDate tonight,
			List<ExperimentPause> paused, ExperimentAnalysis.@Nullable Result result) {
		Schedule schedule = experiment.schedule(this.settings.runInNights());
		ExperimentStatus status = switch (experiment.status()) {
			case ACTIVE -> tonight.isBefore(schedule.firstBlockNight()) ? ExperimentStatus.RUN_IN
					: ExperimentStatus.RUNNING;
			case PAUSED -> ExperimentStatus.PAUSED;
			case FINISHED -> ExperimentStatus.FINISHED;
			case STOPPED -> ExperimentStatus.STOPPED;
		};
		Optional<Schedule.Block> block = (status == ExperimentStatus.RUNNING) ? schedule.blockOf(tonight)
				: Optional.empty();
		String pausedBecause = (status == ExperimentStatus.PAUSED)
				? paused.stream().filter(ExperimentPause::open).map(ExperimentPause::message).findFirst().orElse(null)
				: null;
		List<ExperimentView.BlockView> blocks = schedule.blocks()
			.stream()
			.map(b -> new ExperimentView.BlockView(b.from(), b.to(), b.arm()))
			.toList();
		return new ExperimentView(experiment.id(), experiment.remedy().remedy(), status, experiment.waterTargetMl(),
				schedule.blockNights(), schedule.pairs(), experiment.plannedPairs(), experiment.extended(),
				schedule.washInNights(), schedule.startsOn(), schedule.runInEnds(), schedule.lastNight(), blocks,
				block.map(Schedule.Block::arm).orElse(null), block.map(Schedule.Block::index).orElse(null),
				pausedBecause, (status == ExperimentStatus.FINISHED && result != null) ? resultView(experiment, result)
						: null,
				experiment.decision());
	}

	private ExperimentView.ResultView resultView(Experiment experiment, ExperimentAnalysis.Result result) {
		ExperimentAnalysis.ArmResult remedy = result.remedy();
		ExperimentAnalysis.ArmResult usual = result.usual();
		Statistics.RiskRatio ratio = result.ratio();
		List<ExperimentView.BlockResultView> blocks = result.blocks()
			.stream()
			.map(b -> new ExperimentView.BlockResultView(b.block().index(), b.block().pair(), b.block().from(),
					b.block().to(), b.block().arm(), b.nights(), b.crampNights(), round(b.adherence())))
			.toList();
		return new ExperimentView.ResultView(new ExperimentView.ArmView(remedy.nights(), remedy.crampNights(),
				round(remedy.adherence())),
				new ExperimentView.ArmView(usual.nights(), usual.crampNights(), round(usual.adherence())),
				(ratio != null) ? round(ratio.ratio()) : null, (ratio != null) ? round(ratio.low()) : null,
				(ratio != null) ? round(ratio.high()) : null, result.verdict(), sentence(experiment, result), blocks);
	}

	/** "Stretch nights: 5 of 40 had cramps (13%); other nights: 14 of 40 (35%); about 64% fewer, plausibly ...". */
	private String sentence(Experiment experiment, ExperimentAnalysis.Result result) {
		Locale locale = LocaleContextHolder.getLocale();
		String name = text("experiments.remedy." + experiment.remedy().key() + ".nights");
		ExperimentAnalysis.ArmResult remedy = result.remedy();
		ExperimentAnalysis.ArmResult usual = result.usual();
		String counts = text("experiments.sentence.counts", name, remedy.crampNights(), remedy.nights(),
				percent(remedy.crampNights(), remedy.nights()), usual.crampNights(), usual.nights(),
				percent(usual.crampNights(), usual.nights()));
		Statistics.RiskRatio ratio = result.ratio();
		if (ratio == null) {
			return counts + text("experiments.sentence.noRatio");
		}
		return this.messages.getMessage("experiments.sentence.ratio",
				new Object[] { counts, change(ratio.ratio()), change(ratio.high()), change(ratio.low()) }, locale);
	}

	/** 0.36 as "64% fewer", 1.2 as "20% more". */
	private String change(double ratio) {
		long percent = Math.round(Math.abs(1 - ratio) * 100);
		if (percent == 0) {
			return text("experiments.change.same");
		}
		return text((ratio < 1) ? "experiments.change.fewer" : "experiments.change.more", percent);
	}

	private static String percent(int part, int whole) {
		return (whole == 0) ? "0%" : Math.round(100.0 * part / whole) + "%";
	}

	private NightTask task(Experiment experiment, Schedule.Block block, int blocks) {
		String key = "experiments.tonight." + experiment.remedy().key() + "." + block.arm().name().toLowerCase(Locale.ROOT);
		return new NightTask(experiment.remedy().remedy(), block.arm(), block.index(), blocks,
				new DefaultMessageSourceResolvable(new String[] { key }, new Object[] { block.index(), blocks }));
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	static long nightsBetween(LocalDate from, LocalDate to) {
		return ChronoUnit.DAYS.between(from, to) + 1;
	}

}
