package org.crampwise.episode;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * One night of the diary page: its date and its episodes, in the order the page of episodes came (newest first), with
 * its heading and its rows as HTML ({@link EpisodeSummaries}).
 *
 * @param night the night, as {@link org.crampwise.system.NightRule} assigns episodes to nights
 * @param rows its episodes, newest first
 * @param heading "Night of Saturday 28 March 2026", in the request's language
 * @param html its episodes' list items, escaped
 */
record DiaryNight(LocalDate night, List<Row> rows, String heading, String html) {

	/**
	 * One episode as the pages show it. Its helpers are public for the "saved" page's template (SpEL calls only public
	 * methods).
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
