package org.crampwise.insights;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

import org.crampwise.account.AccountId;
import org.crampwise.advice.AdviceSettings;
import org.crampwise.nights.NightService;
import org.crampwise.nights.PatientNights;
import org.crampwise.system.InvalidInputException;

/** The insights of one owner's range of nights (only their own data is ever read). */
@Service
public class InsightsService {

	private final NightService nights;

	private final InsightsSettings settings;

	private final InsightsEngine engine;

	InsightsService(NightService nights, AdviceSettings advice, InsightsSettings settings) {
		this.nights = nights;
		this.settings = settings;
		this.engine = new InsightsEngine(advice.factors(), settings);
	}

	/** The insights of a range already read (the report reads it once for everything it shows). */
	public Insights of(PatientNights nights) {
		return this.engine.compute(nights);
	}

	public InsightsSettings settings() {
		return this.settings;
	}

	/**
	 * The insights of {@code from}..{@code to}; by default the last {@code defaultNights} nights ending last night.
	 * @throws InvalidInputException naming {@code from} for a reversed range or one over {@code maxNights} nights
	 */
	public Insights insights(AccountId owner, @Nullable LocalDate from, @Nullable LocalDate to) {
		LocalDate last = (to != null) ? to : this.nights.tonight(owner).minusDays(1);
		LocalDate first = (from != null) ? from : last.minusDays(this.settings.defaultNights() - 1);
		NightService.checkRange(first, last, this.settings.maxNights());
		return this.engine.compute(this.nights.range(owner, first, last));
	}

}
