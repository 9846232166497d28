package org.crampwise.episode;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One night of the diary page: its date and its episodes, in the order the page of episodes came (newest first).
 *
 * @param night the night, as {@link org.crampwise.system.NightRule} assigns episodes to nights
 * @param rows its episodes, newest first
 */
record DiaryNight(LocalDate night, List<Row> rows) {

	/** Groups a page of episodes, newest first, by night, keeping the order. */
	static List<DiaryNight> group(List<Episode> episodes, ZoneId zone) {
		Map<LocalDate, List<Row>> nights = new LinkedHashMap<>();
		for (Episode episode : episodes) {
			nights.computeIfAbsent(episode.nightOf(), night -> new ArrayList<>()).add(Row.of(episode, zone));
		}
		return nights.entrySet().stream().map(night -> new DiaryNight(night.getKey(), List.copyOf(night.getValue()))).toList();
	}

	/**
	 * One episode as the diary shows it. Its helpers are public for the templates (SpEL calls only public methods).
	 *
	 * @param episode the episode
	 * @param localStart its start in the user's zone today (which may differ from the offset it was logged with)
	 */
	record Row(Episode episode, LocalDateTime localStart) {

		static Row of(Episode episode, ZoneId zone) {
			return new Row(episode, episode.startedAt().atZoneSameInstant(zone).toLocalDateTime());
		}

		public long minutes() {
			return this.episode.durationSeconds() / 60;
		}

		public long seconds() {
			return this.episode.durationSeconds() % 60;
		}

		public boolean intensityGiven() {
			return this.episode.isGiven(EpisodeDetail.INTENSITY);
		}

		public boolean muscleGiven() {
			return this.episode.isGiven(EpisodeDetail.MUSCLE);
		}

		public boolean sideGiven() {
			return this.episode.isGiven(EpisodeDetail.SIDE);
		}

		public List<Relief> reliefs() {
			return this.episode.reliefsTried().stream().sorted().toList();
		}

		public List<WarningSign> warningSigns() {
			return this.episode.warningSigns().stream().sorted().toList();
		}

	}

}
