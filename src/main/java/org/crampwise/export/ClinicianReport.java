package org.crampwise.export;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The clinician report of one range of nights: what the PDF and the share page show. Every number is computed from
 * the patient's own diary and check-ins of the range; texts are already in the reader's language.
 *
 * @param patient the pseudonymous name (the username; Crampwise never asks for a real name)
 * @param range the nights covered
 * @param timeZone the patient's time zone id, in which times are shown
 * @param generatedAt when the report was made, in the patient's zone
 * @param summary the numbers of the first page
 * @param redFlags the red flags the advice engine raised over the range
 * @param medications the medications taken during the range, with their cramp-association notes
 * @param factors the gated patterns of the nightly check-ins and the known nights behind them
 * @param chart episodes over time
 * @param episodes every episode of the range, newest first
 * @param experiments the personal experiments with a night in the range, oldest first, in the shape of the CENT
 * 2015 guideline (docs/exports.md)
 */
public record ClinicianReport(String patient, ExportRange range, String timeZone, OffsetDateTime generatedAt,
		Summary summary, RedFlags redFlags, List<MedicationLine> medications, Factors factors, Chart chart,
		List<EpisodeRow> episodes, List<ExperimentLine> experiments) {

	public ClinicianReport {
		medications = List.copyOf(medications);
		episodes = List.copyOf(episodes);
		experiments = List.copyOf(experiments);
	}

	/**
	 * One personal experiment (n-of-1), as the experiments module shows it (its own analysis, never recomputed here).
	 *
	 * @param id the experiment's id
	 * @param remedy the remedy tested, in words
	 * @param status the contract's status code (RUN_IN, RUNNING, PAUSED, FINISHED, STOPPED)
	 * @param statusLabel the status in words
	 * @param startsOn the first run-in night
	 * @param runInEnds the last run-in night
	 * @param runInNights nights of the run-in (no remedy, not analysed)
	 * @param endsOn the last night of the last block scheduled
	 * @param blockNights nights of every block
	 * @param washInNights first nights of every block left out of the analysis
	 * @param plannedPairs the pairs planned at the start
	 * @param pairs the pairs scheduled (the planned ones plus the pre-declared extension's when taken)
	 * @param extended whether the pre-declared extension was taken
	 * @param blocks every block scheduled, with what was done in it once the experiment has finished
	 * @param result the result of a finished experiment, or null (no verdict before the end: no peeking)
	 * @param pausedBecause while paused, the urgent red flag that paused it
	 * @param decision the patient's decision afterwards in words, or null
	 */
	public record ExperimentLine(long id, String remedy, String status, String statusLabel, LocalDate startsOn,
			LocalDate runInEnds, int runInNights, LocalDate endsOn, int blockNights, int washInNights, int plannedPairs,
			int pairs, boolean extended, List<ExperimentBlock> blocks, @Nullable ExperimentResult result,
			@Nullable String pausedBecause, @Nullable String decision) {

		public ExperimentLine {
			blocks = List.copyOf(blocks);
		}

	}

	/**
	 * One scheduled block.
	 *
	 * @param block counted from 1
	 * @param pair counted from 1
	 * @param from first night
	 * @param to last night
	 * @param arm the arm's code (REMEDY, USUAL)
	 * @param armLabel the arm in words
	 * @param nights nights of the block
	 * @param knownNights known nights analysed (wash-in, paused and unknown nights left out), null before the end
	 * @param crampNights of those, cramp nights, null before the end
	 * @param adherencePercent share of its nights done as scheduled, whole percent, null before the end
	 */
	public record ExperimentBlock(int block, int pair, LocalDate from, LocalDate to, String arm, String armLabel,
			int nights, @Nullable Integer knownNights, @Nullable Integer crampNights,
			@Nullable Integer adherencePercent) {

	}

	/**
	 * The result of a finished experiment.
	 *
	 * @param verdict the verdict's code
	 * @param verdictLabel the verdict in words
	 * @param sentence the sentence the experiment page shows (counts, change and interval)
	 * @param riskRatio cramp nights remedy against usual (Mantel-Haenszel by pair), or null
	 * @param low lower 95% limit, or null
	 * @param high upper 95% limit, or null
	 * @param remedyNights known remedy nights analysed
	 * @param remedyCrampNights of those, cramp nights
	 * @param remedyAdherencePercent remedy nights done as scheduled, whole percent
	 * @param usualNights known usual nights analysed
	 * @param usualCrampNights of those, cramp nights
	 * @param usualAdherencePercent usual nights done as scheduled, whole percent
	 */
	public record ExperimentResult(String verdict, String verdictLabel, String sentence, @Nullable Double riskRatio,
			@Nullable Double low, @Nullable Double high, int remedyNights, int remedyCrampNights,
			int remedyAdherencePercent, int usualNights, int usualCrampNights, int usualAdherencePercent) {

	}

	/**
	 * The summary numbers.
	 *
	 * @param nights nights in the range
	 * @param episodes episodes in the range (daytime ones included)
	 * @param crampNights nights with at least one episode that was not a daytime one
	 * @param crampNightsPerWeek cramp nights per 7 nights of the range
	 * @param trend how the rate moved from the first to the second half of the range
	 * @param intensity the 0-10 ratings given (episodes without one are counted as not rated)
	 * @param duration durations in seconds
	 * @param durations the median, shortest and longest duration in words, or null without episodes
	 * @param woke episodes that woke the patient
	 * @param daytime episodes that began between 10:00 and 20:00
	 * @param where where and on which side, with counts, most frequent first (given details only)
	 * @param checkInNights nights of the range with a check-in
	 */
	public record Summary(int nights, int episodes, int crampNights, double crampNightsPerWeek, Trend trend,
			Typical intensity, Typical duration, @Nullable Durations durations, int woke, int daytime, List<Count> where, int checkInNights) {

		public Summary {
			where = List.copyOf(where);
		}

		/** Share of the episodes that woke the patient, in whole percent (0 without episodes). */
		public int wokePercent() {
			return percent(this.woke, this.episodes);
		}

	}

	/**
	 * Durations in words.
	 *
	 * @param median the median ({@code 1 min 30 s})
	 * @param shortest the shortest
	 * @param longest the longest
	 */
	public record Durations(String median, String shortest, String longest) {

	}

	/**
	 * Cramp nights per week in the first and the second half of the range.
	 *
	 * @param direction rising, falling, steady, or too short to tell
	 * @param halfNights nights in each half (the middle night of an odd range belongs to neither)
	 * @param earlierPerWeek cramp nights per week in the first half
	 * @param laterPerWeek cramp nights per week in the second half
	 */
	public record Trend(Direction direction, int halfNights, double earlierPerWeek, double laterPerWeek) {

		/** Where the rate went. */
		public enum Direction {

			RISING, FALLING, STEADY, TOO_SHORT

		}

	}

	/**
	 * The typical value of a detail: the median and the range of the values given.
	 *
	 * @param counted episodes with a value
	 * @param notGiven episodes without one (not rated)
	 * @param median the median, or null without values
	 * @param min the smallest value, or null
	 * @param max the largest value, or null
	 */
	public record Typical(int counted, int notGiven, @Nullable Double median, @Nullable Integer min,
			@Nullable Integer max) {

	}

	/**
	 * A labelled count.
	 *
	 * @param label what was counted
	 * @param count how often
	 */
	public record Count(String label, int count) {

	}

	/**
	 * The red flags raised over the range's nights (the last {@code nights} of it when the range is longer than the
	 * advice engine's longest window).
	 *
	 * @param from the first night evaluated
	 * @param to the last night evaluated
	 * @param nights nights evaluated
	 * @param flags the flags, most urgent first
	 */
	public record RedFlags(LocalDate from, LocalDate to, int nights, List<RedFlagLine> flags) {

		public RedFlags {
			flags = List.copyOf(flags);
		}

	}

	/**
	 * One red flag.
	 *
	 * @param code the contract's red-flag code
	 * @param label its short name
	 * @param urgency how soon, in words
	 * @param message what the patient was shown, with their numbers
	 */
	public record RedFlagLine(String code, String label, String urgency, String message) {

	}

	/**
	 * A medication taken at some time during the range.
	 *
	 * @param name as the patient typed or picked it
	 * @param drugClass its class, in words
	 * @param crampAssociated whether the class is linked with leg cramps
	 * @param crampAssociation the class's note on its link with leg cramps
	 * @param startedOn when it was started, if known
	 * @param stoppedOn when it was stopped, null while still taken
	 * @param period the dates in words ("since 2026-10-01")
	 */
	public record MedicationLine(String name, String drugClass, boolean crampAssociated, String crampAssociation,
			@Nullable LocalDate startedOn, @Nullable LocalDate stoppedOn, String period) {

	}

	/**
	 * The gated patterns of the nightly check-ins (the insights' verdicts over the range, docs/insights.md): only
	 * LINKED and NO_BIG_EFFECT, never a raw coincidence, with the known nights behind them.
	 *
	 * @param checkInNights nights of the range with a check-in
	 * @param knownNights nights of the range that are known (a cramp logged, or "no cramps"); the others are unknown,
	 * never cramp-free
	 * @param knownCheckInNights known nights that also have a check-in: what the tests compare
	 * @param patterns the factors (at lag 0 and 1) with a gated verdict
	 * @param undecided tests that have not enough data yet
	 */
	public record Factors(int checkInNights, int knownNights, int knownCheckInNights, List<PatternLine> patterns,
			int undecided) {

		public Factors {
			patterns = List.copyOf(patterns);
		}

	}

	/**
	 * One gated pattern.
	 *
	 * @param code the factor's code (see docs/exports.md)
	 * @param label the factor, with its threshold
	 * @param lag 0 that night's check-in, 1 the check-in of the night before
	 * @param verdict {@code LINKED} or {@code NO_BIG_EFFECT}
	 * @param verdictLabel the verdict in words
	 * @param sentence the insights' plain sentence with the counts
	 */
	public record PatternLine(String code, String label, int lag, String verdict, String verdictLabel,
			String sentence) {

	}

	/**
	 * Episodes over time, one bar per week (ranges up to 26 weeks) or per calendar month.
	 *
	 * @param byMonth whether a bar is a month (else a week from the range's first night on)
	 * @param max the highest bar's episode count, at least 1 (the top of the scale)
	 * @param bars the bars, oldest first
	 */
	public record Chart(boolean byMonth, int max, List<Bar> bars) {

		public Chart {
			bars = List.copyOf(bars);
		}

		/** Label every n-th bar, so at most about seven labels share the axis (at least every third). */
		public int labelEvery() {
			return Math.max(3, (int) Math.ceil(this.bars.size() / 7.0));
		}

		/** Episodes in all bars. */
		public int episodes() {
			return this.bars.stream().mapToInt(Bar::episodes).sum();
		}

		/**
		 * One bar.
		 *
		 * @param label the week's first night or the month, in words
		 * @param from the bar's first night
		 * @param to its last night
		 * @param nightEpisodes episodes that were not daytime ones
		 * @param daytimeEpisodes daytime episodes
		 * @param crampNights cramp nights
		 * @param nightHeight the night part's height as a percentage of the scale
		 * @param daytimeHeight the daytime part's height, as a percentage of the scale
		 */
		public record Bar(String label, LocalDate from, LocalDate to, int nightEpisodes, int daytimeEpisodes,
				int crampNights, double nightHeight, double daytimeHeight) {

			public int episodes() {
				return this.nightEpisodes + this.daytimeEpisodes;
			}

		}

	}

	/**
	 * One row of the episode table.
	 *
	 * @param id the episode's id
	 * @param nightOf its night
	 * @param start the local start time as logged ({@code 02:14}, with the offset when it is not the one of the
	 * patient's zone)
	 * @param startedAt the start, ISO-8601 with offset
	 * @param duration the duration in words ({@code 1 min 30 s})
	 * @param intensity the 0-10 rating, or null when not rated
	 * @param where muscle and side in words ("not given" where missing)
	 * @param woke whether it woke the patient
	 * @param daytime whether it began between 10:00 and 20:00
	 * @param tried the reliefs tried, in words, the one that helped most marked
	 * @param warningSigns the warning signs noted, in words
	 * @param notes the patient's notes
	 */
	public record EpisodeRow(long id, LocalDate nightOf, String start, String startedAt, String duration,
			@Nullable Integer intensity, String where, boolean woke, boolean daytime, List<String> tried,
			List<String> warningSigns, @Nullable String notes) {

		public EpisodeRow {
			tried = List.copyOf(tried);
			warningSigns = List.copyOf(warningSigns);
		}

	}

	static int percent(int part, int whole) {
		return (whole == 0) ? 0 : (int) Math.round(100.0 * part / whole);
	}

}
