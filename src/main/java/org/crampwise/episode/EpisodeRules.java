package org.crampwise.episode;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.crampwise.system.FieldProblem;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.NightRule;

/**
 * The rules of input for an episode, the same for the API, the log form and the "cramp now" quick choices. Every
 * broken rule becomes one {@link FieldProblem} naming the field as the client sent it; {@link #check} reports them
 * all at once, before anything is written.
 */
final class EpisodeRules {

	static final int MIN_INTENSITY = 0;

	static final int MAX_INTENSITY = 10;

	static final int MIN_DURATION_SECONDS = 1;

	/** 24 hours. */
	static final int MAX_DURATION_SECONDS = 86_400;

	/** A phone's clock may run a little ahead of the server's; more than this is a typo (or the wrong day). */
	static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

	/** Characters as a person counts them (code points), so an emoji is one. */
	static final int MAX_NOTES = 2000;

	/** Older starts are typos (a year 1970 or 1901 is a slip of the date picker, not a diary entry). */
	static final int EARLIEST_YEAR = 2000;

	private EpisodeRules() {
	}

	/**
	 * Checks a whole episode.
	 * @param now the server's clock, for the "not in the future" rule
	 * @throws InvalidInputException naming every bad field
	 */
	static EpisodeValues check(EpisodeDraft draft, Instant now) {
		List<FieldProblem> problems = new ArrayList<>();
		OffsetDateTime startedAt = draft.startedAt();
		Integer duration = draft.durationSeconds();
		timeProblems(startedAt, duration, now, problems);
		Integer intensity = draft.intensity();
		if (intensity == null) {
			problems.add(required("intensity"));
		}
		else {
			intensityProblem(intensity, "intensity", problems);
		}
		if (draft.muscle() == null) {
			problems.add(FieldProblem.of("muscle", "problem.required.oneOf", "CALF, FOOT, THIGH, OTHER"));
		}
		if (draft.side() == null) {
			problems.add(FieldProblem.of("side", "problem.required.oneOf", "LEFT, RIGHT, BOTH"));
		}
		Set<Relief> reliefs = codes(draft.reliefsTried(), "reliefsTried", Relief.class, problems);
		Relief helpedMost = draft.helpedMost();
		if (helpedMost != null && !reliefs.contains(helpedMost)) {
			problems.add(FieldProblem.of("helpedMost", "episode.problem.helpedMost"));
		}
		Set<WarningSign> warningSigns = codes(draft.warningSigns(), "warningSigns", WarningSign.class, problems);
		String notes = notesProblem(draft.notes(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new EpisodeValues(startOfSecond(startedAt), duration, intensity, draft.muscle(), draft.side(),
				Boolean.TRUE.equals(draft.wokeFromSleep()), reliefs, helpedMost, warningSigns, notes);
	}

	/**
	 * Checks an episode read back from an export (the import): the rules of a whole episode, except that intensity,
	 * muscle and side may be "not given", as on an episode saved by the "cramp now" timer.
	 * @param now the server's clock, for the "not in the future" rule
	 * @return the episode as it would be stored (start to the second, blank notes as none, night and daytime by
	 * {@link NightRule}), with the id {@code 0}
	 * @throws InvalidInputException naming every bad field
	 */
	static Episode checkImported(Episode episode, Instant now) {
		List<FieldProblem> problems = new ArrayList<>();
		timeProblems(episode.startedAt(), episode.durationSeconds(), now, problems);
		if (episode.intensity() != null) {
			intensityProblem(episode.intensity(), "intensity", problems);
		}
		Relief helpedMost = episode.helpedMost();
		if (helpedMost != null && !episode.reliefsTried().contains(helpedMost)) {
			problems.add(new FieldProblem("helpedMost", "must be one of reliefsTried"));
		}
		String notes = notesProblem(episode.notes(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		OffsetDateTime startedAt = startOfSecond(episode.startedAt());
		return new Episode(0, startedAt, episode.durationSeconds(), episode.intensity(), episode.muscle(),
				episode.side(), episode.wokeFromSleep(), episode.reliefsTried(), helpedMost, episode.warningSigns(),
				notes, NightRule.nightOf(startedAt), NightRule.isDaytime(startedAt));
	}

	/** The longest {@code Idempotency-Key} accepted; the characters are those of {@link #IDEMPOTENCY_KEY}. */
	static final int MAX_IDEMPOTENCY_KEY = 100;

	static final java.util.regex.Pattern IDEMPOTENCY_KEY = java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,100}");

	/**
	 * Checks a timed cramp without details ({@code POST /api/v1/episodes/timed}): the start and duration by the
	 * rules of a whole episode, and the idempotency key (1 to 100 of letters, digits and {@code . _ : -}, as a UUID
	 * is).
	 * @return the start, to the second
	 * @throws InvalidInputException naming every bad field (the key as {@code Idempotency-Key})
	 */
	static OffsetDateTime checkTimed(@Nullable OffsetDateTime startedAt, @Nullable Integer durationSeconds,
			@Nullable String key, Instant now) {
		List<FieldProblem> problems = new ArrayList<>();
		if (key == null || key.isBlank()) {
			problems.add(FieldProblem.of("Idempotency-Key", "episode.problem.keyRequired"));
		}
		else if (!IDEMPOTENCY_KEY.matcher(key).matches()) {
			problems.add(FieldProblem.of("Idempotency-Key", "episode.problem.keyPattern",
					Integer.toString(MAX_IDEMPOTENCY_KEY)));
		}
		timeProblems(startedAt, durationSeconds, now, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return startOfSecond(startedAt);
	}

	private static void timeProblems(@Nullable OffsetDateTime startedAt, @Nullable Integer duration, Instant now,
			List<FieldProblem> problems) {
		if (startedAt == null) {
			problems.add(required("startedAt"));
		}
		else {
			startProblem(startedAt, now, "startedAt", problems);
		}
		if (duration == null) {
			problems.add(required("durationSeconds"));
		}
		else if (duration < MIN_DURATION_SECONDS || duration > MAX_DURATION_SECONDS) {
			problems.add(FieldProblem.of("durationSeconds", "episode.problem.duration"));
		}
	}

	/** Checks a pain rating given on its own (a quick choice, or the body of a timer stop). */
	static int checkIntensity(int intensity, String field) {
		List<FieldProblem> problems = new ArrayList<>();
		intensityProblem(intensity, field, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return intensity;
	}

	/** Checks that a relief chosen as the one that helped most was tried. */
	static void checkHelpedMost(Relief helpedMost, Set<Relief> reliefsTried) {
		if (!reliefsTried.contains(helpedMost)) {
			throw InvalidInputException.of("helpedMost", "episode.problem.helpedMost");
		}
	}

	static OffsetDateTime startOfSecond(OffsetDateTime time) {
		return time.truncatedTo(ChronoUnit.SECONDS);
	}

	private static void startProblem(OffsetDateTime startedAt, Instant now, String field, List<FieldProblem> problems) {
		if (startedAt.toInstant().isAfter(now.plus(FUTURE_TOLERANCE))) {
			problems.add(FieldProblem.of(field, "episode.problem.future"));
		}
		else if (startedAt.getYear() < EARLIEST_YEAR) {
			problems.add(FieldProblem.of(field, "episode.problem.early", Integer.toString(EARLIEST_YEAR)));
		}
	}

	private static void intensityProblem(int intensity, String field, List<FieldProblem> problems) {
		if (intensity < MIN_INTENSITY || intensity > MAX_INTENSITY) {
			problems.add(FieldProblem.of(field, "problem.between", "0", "10"));
		}
	}

	private static @Nullable String notesProblem(@Nullable String notes, List<FieldProblem> problems) {
		if (notes == null || notes.isBlank()) {
			return null;
		}
		if (notes.codePointCount(0, notes.length()) > MAX_NOTES) {
			problems.add(FieldProblem.of("notes", "problem.maxCharacters", Integer.toString(MAX_NOTES)));
		}
		return notes;
	}

	private static <E extends Enum<E>> Set<E> codes(@Nullable List<@Nullable E> given, String field, Class<E> type,
			List<FieldProblem> problems) {
		EnumSet<E> codes = EnumSet.noneOf(type);
		if (given == null) {
			return codes;
		}
		for (int i = 0; i < given.size(); i++) {
			E code = given.get(i);
			if (code == null) {
				problems.add(FieldProblem.of(field + "[" + i + "]", "problem.codeNotNull"));
			}
			else {
				codes.add(code);
			}
		}
		return codes;
	}

	private static FieldProblem required(String field) {
		return FieldProblem.of(field, "problem.required");
	}

}
