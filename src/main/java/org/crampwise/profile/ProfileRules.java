package org.crampwise.profile;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.crampwise.system.DateBounds;
import org.crampwise.system.FieldProblem;

/**
 * The one set of rules for the health profile and medications, for the API and the pages alike. Each problem names
 * the API field it concerns.
 */
@Component
class ProfileRules {

	static final int FIRST_BIRTH_YEAR = 1900;

	private final MessageSource messages;

	private final Clock clock;

	ProfileRules(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * @param change the profile to check
	 * @param zone the user's current zone, which decides what "this year" is
	 */
	List<FieldProblem> problemsOfProfile(ProfileChange change, ZoneId zone) {
		List<FieldProblem> problems = new ArrayList<>();
		int thisYear = Year.now(this.clock.withZone(zone)).getValue();
		Integer birthYear = change.birthYear();
		if (birthYear != null && (birthYear < FIRST_BIRTH_YEAR || birthYear > thisYear)) {
			problems.add(problem("birthYear", "profile.error.birthYear", String.valueOf(FIRST_BIRTH_YEAR),
					String.valueOf(thisYear)));
		}
		if (change.hasUnknownCondition()) {
			problems.add(problem("conditions", "profile.error.conditions"));
		}
		String timeZone = change.timeZone();
		if (timeZone != null && zoneOf(timeZone) == null) {
			problems.add(problem("timeZone", "profile.error.timeZone"));
		}
		return problems;
	}

	List<FieldProblem> problemsOfMedication(MedicationDraft draft) {
		List<FieldProblem> problems = new ArrayList<>();
		if (draft.name().isEmpty()) {
			problems.add(problem("name", "medication.error.nameRequired"));
		}
		else if (draft.name().length() > MedicationDraft.MAX_NAME) {
			problems.add(problem("name", "medication.error.nameTooLong", MedicationDraft.MAX_NAME));
		}
		if (draft.startedOn() != null && !DateBounds.within(draft.startedOn())) {
			problems.add(problem("startedOn", "medication.error.dateOutOfBounds", DateBounds.EARLIEST.toString(),
					DateBounds.LATEST.toString()));
		}
		if (draft.stoppedOn() != null && !DateBounds.within(draft.stoppedOn())) {
			problems.add(problem("stoppedOn", "medication.error.dateOutOfBounds", DateBounds.EARLIEST.toString(),
					DateBounds.LATEST.toString()));
		}
		else if (draft.startedOn() != null && draft.stoppedOn() != null
				&& draft.stoppedOn().isBefore(draft.startedOn())) {
			problems.add(problem("stoppedOn", "medication.error.stoppedBeforeStarted", draft.startedOn().toString()));
		}
		return problems;
	}

	FieldProblem unknownMedicationId() {
		return problem("id", "medication.error.idMismatch");
	}

	static @Nullable ZoneId zoneOf(String timeZone) {
		try {
			return ZoneId.of(timeZone.strip());
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private FieldProblem problem(String field, String key, Object... args) {
		return FieldProblem.of(field, key, args);
	}

}
