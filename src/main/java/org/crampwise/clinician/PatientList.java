package org.crampwise.clinician;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.crampwise.account.AccountCard;
import org.crampwise.account.AccountId;
import org.crampwise.account.Accounts;
import org.crampwise.advice.AdviceContext;
import org.crampwise.advice.AdviceEngine;
import org.crampwise.advice.RedFlagCode;
import org.crampwise.advice.Urgency;
import org.crampwise.checkin.CheckIn;
import org.crampwise.checkin.CheckInService;
import org.crampwise.episode.Episode;
import org.crampwise.episode.EpisodeService;
import org.crampwise.experiments.ExperimentSummaries;
import org.crampwise.experiments.ExperimentSummary;
import org.crampwise.profile.HealthProfile;
import org.crampwise.profile.Medication;
import org.crampwise.profile.MedicationService;
import org.crampwise.profile.ProfileService;
import org.crampwise.system.NightRule;
import org.crampwise.system.Statistics;

/**
 * The clinician's patients, most urgent first (docs/clinicians.md). Cheap by construction: a FIXED number of SQL
 * statements whatever the number of patients (the grants, the accounts, then one batch query each for episodes,
 * check-ins, profiles, medications, the last logged nights and the latest experiments), and per patient only the advice engine's red-flag
 * rules, without their texts ({@link AdviceEngine#redFlags}).
 */
@Service
class PatientList {

	/** The red flags' window: the advice engine's default, the last 14 nights. */
	static final int RED_FLAG_NIGHTS = AdviceContext.DEFAULT_WINDOW_DAYS;

	/** The recent nights of the weekly rate (4 weeks) and the nights before it they are compared with (8 weeks). */
	static final int RECENT_NIGHTS = 28;

	static final int BEFORE_NIGHTS = 56;

	/** The strip and the medication starts: 12 weeks. */
	static final int WEEKS = 12;

	private final CareTeam careTeam;

	private final Accounts accounts;

	private final EpisodeService episodes;

	private final CheckInService checkIns;

	private final ProfileService profiles;

	private final MedicationService medications;

	private final AdviceEngine engine;

	private final ExperimentSummaries experiments;

	private final Clock clock;

	PatientList(CareTeam careTeam, Accounts accounts, EpisodeService episodes, CheckInService checkIns,
			ProfileService profiles, MedicationService medications, AdviceEngine engine,
			ExperimentSummaries experiments, Clock clock) {
		this.experiments = experiments;
		this.careTeam = careTeam;
		this.accounts = accounts;
		this.episodes = episodes;
		this.checkIns = checkIns;
		this.profiles = profiles;
		this.medications = medications;
		this.engine = engine;
		this.clock = clock;
	}

	/** Every patient who granted the clinician access and whose name contains {@code query}, most urgent first. */
	@Transactional(readOnly = true)
	List<PatientRow> patients(AccountId clinician, @Nullable String query) {
		List<AccountId> ids = this.careTeam.activeOfClinician(clinician)
			.stream()
			.map(grant -> new AccountId(grant.patientId()))
			.toList();
		Map<AccountId, AccountCard> cards = this.accounts.cards(ids);
		String needle = (query == null) ? "" : query.strip().toLowerCase(Locale.ROOT);
		List<AccountCard> shown = cards.values()
			.stream()
			.filter(card -> needle.isEmpty() || card.displayName().toLowerCase(Locale.ROOT).contains(needle)
					|| card.username().contains(needle))
			.toList();
		if (shown.isEmpty()) {
			return List.of();
		}
		List<AccountId> shownIds = shown.stream().map(AccountCard::id).toList();
		Map<AccountId, LocalDate> tonights = new java.util.HashMap<>();
		for (AccountCard card : shown) {
			tonights.put(card.id(), NightRule.nightOf(ZonedDateTime.now(this.clock.withZone(card.timeZone()))
				.toOffsetDateTime()));
		}
		LocalDate latest = tonights.values().stream().max(Comparator.naturalOrder()).orElseThrow();
		LocalDate earliest = tonights.values().stream().min(Comparator.naturalOrder()).orElseThrow();
		LocalDate from = earliest.minusDays(RECENT_NIGHTS + BEFORE_NIGHTS - 1L);
		Map<AccountId, List<Episode>> episodesOf = this.episodes.episodesOfAll(shownIds, from, latest);
		Map<AccountId, List<CheckIn>> checkInsOf = this.checkIns.checkInsOfAll(shownIds, from, latest);
		Map<AccountId, HealthProfile> profilesOf = this.profiles.profiles(shownIds);
		Map<AccountId, List<Medication>> medicationsOf = this.medications.medicationsOfAll(shownIds);
		Map<AccountId, LocalDate> lastEpisode = this.episodes.lastNights(shownIds);
		Map<AccountId, LocalDate> lastCheckIn = this.checkIns.lastNights(shownIds);
		Map<AccountId, ExperimentSummary> experimentOf = this.experiments.latestOfAll(tonights);

		List<PatientRow> rows = new ArrayList<>(shown.size());
		for (AccountCard card : shown) {
			AccountId id = card.id();
			rows.add(row(card, tonights.get(id), episodesOf.getOrDefault(id, List.of()),
					checkInsOf.getOrDefault(id, List.of()), profilesOf.getOrDefault(id, HealthProfile.EMPTY),
					medicationsOf.getOrDefault(id, List.of()), later(lastEpisode.get(id), lastCheckIn.get(id)),
					experimentOf.get(id)));
		}
		rows.sort(MOST_URGENT_FIRST);
		return rows;
	}

	/** Urgency (same day, soon, routine, none), then the steepest rise in cramp nights, then the name. */
	static final Comparator<PatientRow> MOST_URGENT_FIRST = Comparator
		.comparingInt((PatientRow row) -> row.urgency() == null ? Urgency.values().length : row.urgency().ordinal())
		.thenComparing(Comparator.comparingDouble((PatientRow row) -> row.crampNightsPerWeek().change()).reversed())
		.thenComparing(PatientRow::displayName, String.CASE_INSENSITIVE_ORDER)
		.thenComparingLong(PatientRow::patientId);

	private PatientRow row(AccountCard card, LocalDate tonight, List<Episode> episodes, List<CheckIn> checkIns,
			HealthProfile profile, List<Medication> medications, @Nullable LocalDate lastLogged,
			@Nullable ExperimentSummary experiment) {
		// the advice engine's window: the 14 nights up to the one under way
		AdviceContext context = new AdviceContext(tonight.plusDays(1), RED_FLAG_NIGHTS, profile, medications,
				checkIns, episodes);
		Map<RedFlagCode, Urgency> flags = this.engine.redFlags(context);
		List<PatientRow.Flag> redFlags = flags.entrySet()
			.stream()
			.map(entry -> new PatientRow.Flag(entry.getKey(), entry.getValue()))
			.toList();
		Urgency urgency = flags.values().stream().min(Comparator.naturalOrder()).orElse(null);

		SortedSet<LocalDate> crampNights = Episode.crampNights(episodes);
		LocalDate recentFrom = tonight.minusDays(RECENT_NIGHTS - 1L);
		LocalDate beforeFrom = recentFrom.minusDays(BEFORE_NIGHTS);
		int recent = count(crampNights, recentFrom, tonight);
		int before = count(crampNights, beforeFrom, recentFrom.minusDays(1));
		Statistics.Proportion recentRate = Statistics.wilson(recent, RECENT_NIGHTS);
		Statistics.Proportion beforeRate = Statistics.wilson(before, BEFORE_NIGHTS);
		PatientRow.Weekly weekly = new PatientRow.Weekly(Statistics.perWeek(recent, RECENT_NIGHTS),
				Statistics.perWeek(before, BEFORE_NIGHTS), week(recentRate.low()), week(recentRate.high()),
				week(beforeRate.low()), week(beforeRate.high()));

		long checkedIn = checkIns.stream()
			.map(CheckIn::nightOf)
			.filter(night -> !night.isBefore(recentFrom) && !night.isAfter(tonight))
			.distinct()
			.count();
		double completeness = Math.round(checkedIn * 100.0 / RECENT_NIGHTS) / 100.0;

		List<Integer> strip = new ArrayList<>(WEEKS);
		for (int week = WEEKS - 1; week >= 0; week--) {
			LocalDate to = tonight.minusDays(7L * week);
			strip.add(count(crampNights, to.minusDays(6), to));
		}

		LocalDate startsFrom = tonight.minusDays(7L * WEEKS - 1);
		List<PatientRow.MedicationStart> starts = medications.stream()
			.filter(m -> m.startedOn() != null && !m.startedOn().isBefore(startsFrom)
					&& !m.startedOn().isAfter(tonight))
			.sorted(Comparator.comparing(Medication::startedOn).reversed())
			.map(m -> new PatientRow.MedicationStart(m.name(), m.drugClass().name(), m.startedOn(),
					m.drugClass().isCrampAssociated()))
			.toList();

		return new PatientRow(card.id().value(), card.displayName(), redFlags, urgency, weekly, completeness,
				lastLogged, starts, strip, experiment);
	}

	private static int count(SortedSet<LocalDate> nights, LocalDate from, LocalDate to) {
		return nights.subSet(from, to.plusDays(1)).size();
	}

	/** A proportion of nights as nights a week, to one decimal. */
	private static double week(double proportion) {
		return Math.round(proportion * 70) / 10.0;
	}

	private static @Nullable LocalDate later(@Nullable LocalDate a, @Nullable LocalDate b) {
		if (a == null) {
			return b;
		}
		return (b == null || a.isAfter(b)) ? a : b;
	}

	/** For tests: the ids of a list. */
	static List<Long> ids(Collection<PatientRow> rows) {
		return rows.stream().map(PatientRow::patientId).toList();
	}

}
