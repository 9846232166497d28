package org.crampwise.advice.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;

import org.springframework.stereotype.Component;

import org.crampwise.advice.AdviceContext;
import org.crampwise.advice.AdviceSettings;
import org.crampwise.advice.Concern;
import org.crampwise.advice.RedFlagCode;
import org.crampwise.advice.RuleOutcome;
import org.crampwise.advice.Urgency;
import org.crampwise.profile.Medication;

/**
 * Cramps that began after a medicine was started: a medicine (any class) started within
 * {@code red-flags.new-medication-days} before asOf, with cramps in the window on or after its start and none in the
 * window before it. The window is all the engine sees, so "began after" means "none logged in the window before the
 * start". Routine: mention it to the prescriber, keep taking it. Arguments: names (latest start first), how many,
 * cramp nights, window nights, the new-medication days.
 */
@Component
class NewMedicationRule extends AbstractRule {

	private final AdviceSettings settings;

	NewMedicationRule(AdviceSettings settings) {
		super("new-medication", Concern.raises(RedFlagCode.NEW_MEDICATION, Urgency.ROUTINE));
		this.settings = settings;
	}

	@Override
	public RuleOutcome evaluate(AdviceContext context) {
		int days = this.settings.redFlags().newMedicationDays();
		LocalDate earliest = context.asOf().minusDays(days);
		List<Medication> recent = context.medications()
			.stream()
			.filter(m -> m.startedOn() != null && !m.startedOn().isBefore(earliest)
					&& !m.startedOn().isAfter(context.asOf()))
			.sorted(Comparator.comparing(Medication::startedOn).reversed().thenComparing(Medication::name))
			.toList();
		if (recent.isEmpty()) {
			return notFiredAs("none", days);
		}
		SortedSet<LocalDate> crampNights = context.episodeNights();
		if (crampNights.isEmpty()) {
			return notFiredAs("no-cramps", names(recent), context.windowDays());
		}
		List<Medication> before = recent.stream().filter(m -> !crampNights.first().isBefore(m.startedOn())).toList();
		if (before.isEmpty()) {
			return notFired(names(recent), context.windowDays());
		}
		return fired(names(before), before.size(), crampNights.size(), context.windowDays(), days);
	}

	private static List<String> names(List<Medication> medications) {
		return medications.stream().map(Medication::name).distinct().toList();
	}

}
