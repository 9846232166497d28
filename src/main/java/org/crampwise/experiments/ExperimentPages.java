package org.crampwise.experiments;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.crampwise.account.CurrentAccount;
import org.crampwise.advice.Remedy;
import org.crampwise.system.DataVersions;
import org.crampwise.system.ReadModelCache;

/**
 * For templates of other modules ({@code ${@experimentTasks...}}): tonight's task of the signed-in user (the home page
 * and the check-in show it) and which remedy a factor of the insights can test ("Test it"), so neither module
 * depends on this one.
 */
@Component("experimentTasks")
public class ExperimentPages {

	private final NightTasks tasks;

	private final ExperimentService experiments;

	/** How many answers of {@link #tonight} are kept, across users, nights and languages. */
	static final int TASKS_CACHED = 5_000;

	private final MessageSource messages;

	private final ReadModelCache<Asked, Optional<String>> tonightTasks;

	ExperimentPages(NightTasks tasks, ExperimentService experiments, MessageSource messages, DataVersions versions) {
		this.tasks = tasks;
		this.experiments = experiments;
		this.messages = messages;
		this.tonightTasks = versions.cache(TASKS_CACHED);
	}

	/**
	 * "Tonight: stretch before bed (block 3 of 12)" for the signed-in user, or null. Kept per data version (an
	 * experiment and its pauses are {@code ReadModelSource}s, and the nights its status follows are too), night and
	 * language: the home page and the check-in ask on every view, and working it out is a transaction and two queries.
	 */
	public @Nullable String tonight() {
		return CurrentAccount.signedIn().flatMap(me -> {
			LocalDate night = this.experimentsTonight(me);
			Locale locale = LocaleContextHolder.getLocale();
			return this.tonightTasks.get(me.value(), new Asked(night, locale),
					() -> this.tasks.on(me, night).map(task -> this.messages.getMessage(task.text(), locale)));
		}).orElse(null);
	}

	/** What tonight's task depends on besides the owner's data. */
	private record Asked(LocalDate night, Locale locale) {
	}

	/** The remedy code a personal experiment can test, for a remedy code of the tips page; null when none. */
	public @Nullable String testable(@Nullable String remedy) {
		return Arrays.stream(TestedRemedy.values())
			.filter(t -> t.remedy().name().equals(remedy))
			.map(TestedRemedy::name)
			.findFirst()
			.orElse(null);
	}

	/**
	 * The remedy an insights factor code can test (stretching, warm bath, bedding, water, magnesium); null when none.
	 */
	public @Nullable String testableFactor(@Nullable String factor) {
		if (factor == null) {
			return null;
		}
		Optional<Remedy> remedy = switch (factor) {
			case "NO_STRETCH_BEFORE_BED" -> Optional.of(Remedy.STRETCH_BEFORE_BED);
			case "WARM_BATH_BEFORE_BED" -> Optional.of(Remedy.APPLY_HEAT);
			case "TIGHT_BEDDING" -> Optional.of(Remedy.LOOSE_BEDDING);
			case "LOW_WATER" -> Optional.of(Remedy.STAY_HYDRATED);
			case "MAGNESIUM_SUPPLEMENT" -> Optional.of(Remedy.MAGNESIUM);
			default -> Optional.empty();
		};
		return remedy.map(Remedy::name).orElse(null);
	}

	/** Every remedy an experiment can test. */
	public List<TestedRemedy> remedies() {
		return List.of(TestedRemedy.values());
	}

	private LocalDate experimentsTonight(org.crampwise.account.AccountId me) {
		return this.experiments.tonight(me);
	}

}
