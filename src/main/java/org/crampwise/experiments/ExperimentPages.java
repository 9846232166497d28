package org.crampwise.experiments;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.crampwise.account.CurrentAccount;
import org.crampwise.advice.Remedy;

/**
 * For templates of other modules ({@code ${@experimentTasks...}}): tonight's task of the signed-in user (the home page
 * and the check-in show it) and which remedy a factor of the insights can test ("Test it"), so neither module
 * depends on this one.
 */
@Component("experimentTasks")
public class ExperimentPages {

	private final NightTasks tasks;

	private final ExperimentService experiments;

	private final MessageSource messages;

	ExperimentPages(NightTasks tasks, ExperimentService experiments, MessageSource messages) {
		this.tasks = tasks;
		this.experiments = experiments;
		this.messages = messages;
	}

	/** "Tonight: stretch before bed (block 3 of 12)" for the signed-in user, or null. */
	public @Nullable String tonight() {
		return CurrentAccount.signedIn()
			.flatMap(me -> this.tasks.on(me, this.experimentsTonight(me)))
			.map(task -> this.messages.getMessage(task.text(), LocaleContextHolder.getLocale()))
			.orElse(null);
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

	private java.time.LocalDate experimentsTonight(org.crampwise.account.AccountId me) {
		return this.experiments.tonight(me);
	}

}
