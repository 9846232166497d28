package org.crampwise.advice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.crampwise.account.AccountId;
import org.crampwise.account.Accounts;
import org.crampwise.nights.NightService;
import org.crampwise.system.DataVersions;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.ReadModelCache;

/**
 * Loads one user's facts for the advice window and lets the engine judge them. The window is read once through the
 * nights' read model ({@link NightService#range}: the window's check-ins, episodes and "no cramps" marks, the profile
 * and the medication list), so the cost of that does not grow with the length of the user's history; the diary's
 * gated patterns over the last year come from {@link FactorPatterns} (the insights).
 */
@Service
public class AdviceService {

	/** How far past today an {@code asOf} may lie: tomorrow's advice is fine, next year's is a typo. */
	private static final int MAX_DAYS_AHEAD = 1;

	/** Entries the cache holds at most (docs/architecture.md). */
	static final int CACHED = 5_000;

	/** Tips pages (their HTML, some 10 kB each) the page cache holds at most: those of the active users. */
	static final int PAGES_CACHED = 500;

	private final ReadModelCache<Request, Evaluation> cache;

	private final ReadModelCache<Page, String> pages;

	private final AdviceEngine engine;

	private final AdviceSettings settings;

	private final NightService nights;

	private final ObjectProvider<FactorPatterns> patterns;

	private final Accounts accounts;

	private final Clock clock;

	AdviceService(AdviceEngine engine, AdviceSettings settings, NightService nights,
			ObjectProvider<FactorPatterns> patterns, Accounts accounts, Clock clock, DataVersions versions) {
		this.cache = versions.cache(CACHED);
		this.pages = versions.cache(PAGES_CACHED);
		this.engine = engine;
		this.settings = settings;
		this.nights = nights;
		this.patterns = patterns;
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

	/**
	 * Today's advice without the insights' patterns, for a caller that asks only what is withheld or cautioned (an
	 * experiment's start): patterns only rank the tips and never withhold one, and they are the costly part (a second
	 * read of the nights and the insights' statistics).
	 */
	@Transactional(readOnly = true)
	public AdviceReport safety(AccountId owner, Locale locale) {
		return evaluate(owner, null, locale, false).report();
	}

	/** The report together with the facts it was made from (the tips page shows how much was logged). */
	@Transactional(readOnly = true)
	Evaluation evaluate(AccountId owner, @Nullable LocalDate asOf, Locale locale) {
		return evaluate(owner, asOf, locale, true);
	}

	/**
	 * What {@code render} makes of today's evaluation (the tips page's HTML), cached as the evaluation is: until the
	 * owner's data changes, for each day, language and {@code view} (what else the HTML depends on, e.g. the links'
	 * context path).
	 */
	@Transactional(readOnly = true)
	String page(AccountId owner, Locale locale, Object view, Function<Evaluation, String> render) {
		LocalDate today = today(owner);
		return this.pages.get(owner.value(), new Page(today, locale, view),
				() -> render.apply(evaluated(owner, today, locale, true)));
	}

	private Evaluation evaluate(AccountId owner, @Nullable LocalDate asOf, Locale locale, boolean withPatterns) {
		LocalDate today = today(owner);
		LocalDate day = (asOf != null) ? asOf : today;
		if (day.isAfter(today.plusDays(MAX_DAYS_AHEAD)) || day.getYear() < 1900) {
			throw InvalidInputException.of("asOf", "advice.problem.asOf");
		}
		return evaluated(owner, day, locale, withPatterns);
	}

	private LocalDate today(AccountId owner) {
		return LocalDate.now(this.clock.withZone(this.accounts.zoneOf(owner)));
	}

	private Evaluation evaluated(AccountId owner, LocalDate day, Locale locale, boolean withPatterns) {
		return this.cache.get(owner.value(), new Request(day, locale, withPatterns),
				() -> compute(owner, day, locale, withPatterns));
	}

	private Evaluation compute(AccountId owner, LocalDate day, Locale locale, boolean withPatterns) {
		int window = this.settings.windowDays();
		LocalDate from = AdviceContext.firstNight(day, window);
		LocalDate to = AdviceContext.lastNight(day);
		FactorPatterns source = withPatterns ? this.patterns.getIfAvailable() : null;
		AdviceContext context = AdviceContext.of(day, window, this.nights.range(owner, from, to),
				(source != null) ? source.patterns(owner, to) : List.of());
		return new Evaluation(context, this.engine.evaluate(context, locale));
	}

	/** What an evaluation depends on besides the owner's data (cached until that changes: {@link DataVersions}). */
	private record Request(LocalDate day, Locale locale, boolean withPatterns) {
	}

	/** What a page made of an evaluation depends on besides the owner's data. */
	private record Page(LocalDate day, Locale locale, Object view) {
	}

	record Evaluation(AdviceContext context, AdviceReport report) {

		boolean nothingLogged() {
			return this.context.episodes().isEmpty() && this.context.checkIns().isEmpty();
		}

	}

}
