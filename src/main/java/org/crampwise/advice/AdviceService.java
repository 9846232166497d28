package org.crampwise.advice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.crampwise.account.AccountId;
import org.crampwise.account.Accounts;
import org.crampwise.checkin.CheckInService;
import org.crampwise.episode.EpisodeService;
import org.crampwise.profile.MedicationService;
import org.crampwise.profile.ProfileService;
import org.crampwise.system.InvalidInputException;

/**
 * Loads one user's facts for the advice window and lets the engine judge them. Only the window's check-ins and
 * episodes are read (two indexed range queries by owner and night), plus the profile and the medication list, so the
 * cost does not grow with the length of the user's history.
 */
@Service
public class AdviceService {

	/** How far past today an {@code asOf} may lie: tomorrow's advice is fine, next year's is a typo. */
	private static final int MAX_DAYS_AHEAD = 1;

	private final AdviceEngine engine;

	private final AdviceSettings settings;

	private final EpisodeService episodes;

	private final CheckInService checkIns;

	private final ProfileService profiles;

	private final MedicationService medications;

	private final Accounts accounts;

	private final Clock clock;

	AdviceService(AdviceEngine engine, AdviceSettings settings, EpisodeService episodes, CheckInService checkIns,
			ProfileService profiles, MedicationService medications, Accounts accounts, Clock clock) {
		this.engine = engine;
		this.settings = settings;
		this.episodes = episodes;
		this.checkIns = checkIns;
		this.profiles = profiles;
		this.medications = medications;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * The advice for the window of nights before {@code asOf} (default: today in the user's time zone).
	 * @throws InvalidInputException when {@code asOf} is before 1900 or more than a day ahead
	 */
	@Transactional(readOnly = true)
	public AdviceReport advise(AccountId owner, @Nullable LocalDate asOf, Locale locale) {
		return evaluate(owner, asOf, locale).report();
	}

	/** The report together with the facts it was made from (the tips page shows how much was logged). */
	@Transactional(readOnly = true)
	Evaluation evaluate(AccountId owner, @Nullable LocalDate asOf, Locale locale) {
		LocalDate today = LocalDate.now(this.clock.withZone(this.accounts.zoneOf(owner)));
		LocalDate day = (asOf != null) ? asOf : today;
		if (day.isAfter(today.plusDays(MAX_DAYS_AHEAD)) || day.getYear() < 1900) {
			throw InvalidInputException.of("asOf", "advice.problem.asOf");
		}
		int window = this.settings.windowDays();
		LocalDate from = AdviceContext.firstNight(day, window);
		LocalDate to = AdviceContext.lastNight(day);
		AdviceContext context = new AdviceContext(day, window, this.profiles.profile(owner),
				this.medications.medications(owner), this.checkIns.checkInsBetween(owner, from, to),
				this.episodes.episodesBetween(owner, from, to));
		return new Evaluation(context, this.engine.evaluate(context, locale));
	}

	record Evaluation(AdviceContext context, AdviceReport report) {

		boolean nothingLogged() {
			return this.context.episodes().isEmpty() && this.context.checkIns().isEmpty();
		}

	}

}
