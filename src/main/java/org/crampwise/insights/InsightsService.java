package org.crampwise.insights;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

import org.crampwise.account.AccountId;
import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.NightlyFactor;
import org.crampwise.nights.NightService;
import org.crampwise.nights.PatientNights;
import org.crampwise.system.DataVersions;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.ReadModelCache;

/** The insights of one owner's range of nights (only their own data is ever read). */
@Service
public class InsightsService {

	/** Entries the cache holds at most: a few ranges and languages of the active users (docs/architecture.md). */
	static final int CACHED = 2_000;

	/** Pages (their HTML, some 20 kB each) the page cache holds at most: those of the active users. */
	static final int PAGES_CACHED = 500;

	private final NightService nights;

	private final InsightsSettings settings;

	private final InsightsEngine engine;

	private final MessageSource messages;

	private final ReadModelCache<Request, Insights> cache;

	private final ReadModelCache<Page, Object> pages;

	InsightsService(NightService nights, AdviceSettings advice, InsightsSettings settings, MessageSource messages,
			DataVersions versions) {
		this.cache = versions.cache(CACHED);
		this.pages = versions.cache(PAGES_CACHED);
		this.nights = nights;
		this.settings = settings;
		this.engine = new InsightsEngine(advice.factors(), settings);
		this.messages = messages;
	}

	/**
	 * The insights of a range already read (the report reads it once for everything it shows), the sentences in
	 * {@code locale}.
	 */
	public Insights of(PatientNights nights, Locale locale) {
		return this.engine.compute(nights, InsightsTexts.of(this.messages, locale));
	}

	/** Each factor in words, with its threshold, in {@code locale} ("less than 1,500 ml of water"). */
	public Map<NightlyFactor, String> factorNames(Locale locale) {
		Map<NightlyFactor, String> names = new EnumMap<>(NightlyFactor.class);
		for (NightlyFactor factor : NightlyFactor.values()) {
			names.put(factor, this.messages.getMessage(this.engine.phrase(factor), locale));
		}
		return names;
	}

	public InsightsSettings settings() {
		return this.settings;
	}

	/**
	 * The insights of {@code from}..{@code to}, worded in the request's language (cached until the owner's data
	 * changes: {@link DataVersions}); by default the last {@code defaultNights} nights ending last night.
	 * @throws InvalidInputException naming {@code from} for a reversed range or one over {@code maxNights} nights
	 */
	public Insights insights(AccountId owner, @Nullable LocalDate from, @Nullable LocalDate to) {
		LocalDate last = (to != null) ? to : this.nights.tonight(owner).minusDays(1);
		LocalDate first = (from != null) ? from : last.minusDays(this.settings.defaultNights() - 1);
		NightService.checkRange(first, last, this.settings.maxNights());
		Locale locale = LocaleContextHolder.getLocale();
		return this.cache.get(owner.value(), new Request(first, last, locale), () -> this.engine
			.compute(this.nights.range(owner, first, last), InsightsTexts.of(this.messages, locale)));
	}

	/**
	 * What {@code render} makes of the insights of the default range (the page's HTML), cached as the insights are:
	 * until the owner's data changes, for each range, language and {@code view} (what else the result depends on).
	 */
	@SuppressWarnings("unchecked")
	public <V> V page(AccountId owner, Object view, Function<Insights, V> render) {
		LocalDate last = this.nights.tonight(owner).minusDays(1);
		LocalDate first = last.minusDays(this.settings.defaultNights() - 1);
		Locale locale = LocaleContextHolder.getLocale();
		return (V) this.pages.get(owner.value(), new Page(first, last, locale, view),
				() -> render.apply(insights(owner, first, last)));
	}

	/** What a page made of the insights depends on besides the owner's data. */
	private record Page(LocalDate first, LocalDate last, Locale locale, Object view) {
	}

	/** What the insights depend on besides the owner's data. */
	private record Request(LocalDate first, LocalDate last, Locale locale) {
	}

}
