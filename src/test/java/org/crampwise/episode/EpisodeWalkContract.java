package org.crampwise.episode;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import org.crampwise.account.AccountId;
import org.crampwise.account.Accounts;
import org.crampwise.support.AccountRows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * {@link EpisodeService#forEachEpisodeBetween}, the keyset walk the exports stream through, on H2
 * ({@link EpisodeWalkTests}) and PostgreSQL ({@link EpisodeWalkPostgresTests}): across chunk boundaries that fall
 * inside runs of episodes with the same night and the same start, it hands over every one of the owner's episodes of
 * the range exactly once, in the order of {@link EpisodeService#episodesBetween}.
 */
@Transactional
abstract class EpisodeWalkContract {

	static final LocalDate FIRST = LocalDate.of(2024, 1, 1);

	@Autowired
	EpisodeRepository episodes;

	@Autowired
	EpisodeTimerRepository timers;

	@Autowired
	EntityManager entityManager;

	@Autowired
	DataSource dataSource;

	EpisodeService service;

	AccountId alice;

	AccountId bob;

	@BeforeEach
	void seed() {
		this.service = new EpisodeService(this.episodes, this.timers, mock(Accounts.class), Clock.systemUTC());
		this.alice = new AccountId(AccountRows.insert(this.entityManager, "alice"));
		this.bob = new AccountId(AccountRows.insert(this.entityManager, "bob"));
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < 1234; i++) {
			// runs of 7 with the same night and the same start, so chunk edges fall inside ties
			LocalDate night = FIRST.plusDays(i / 21);
			Instant start = night.plusDays(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC).plusSeconds((i / 7) % 3);
			rows.add(new Object[] { this.alice.value(), Timestamp.from(start), night, "alice " + i });
			if (i % 100 == 0) {
				rows.add(new Object[] { this.bob.value(), Timestamp.from(start), night, "bob " + i });
			}
		}
		jdbc.batchUpdate("INSERT INTO cramp_episodes (account_id, started_at, start_offset_seconds, night_of, daytime, "
				+ "duration_seconds, intensity, muscle, side, woke_from_sleep, reliefs_tried, warning_signs, notes, "
				+ "created_at, updated_at) VALUES (?, ?, 0, ?, FALSE, 60, 5, 'CALF', 'LEFT', TRUE, '', '', ?, "
				+ "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", rows);
	}

	@Test
	void walksEveryEpisodeOfTheRangeOnceInTheOrderOfTheList() {
		LocalDate last = FIRST.plusDays(1233 / 21);
		List<Episode> walked = new ArrayList<>();
		this.service.forEachEpisodeBetween(this.alice, FIRST, last, walked::add);

		List<Episode> listed = this.service.episodesBetween(this.alice, FIRST, last);
		assertThat(listed).hasSize(1234);
		assertThat(walked).extracting(Episode::id).containsExactlyElementsOf(listed.stream().map(Episode::id).toList());
		assertThat(walked).extracting(Episode::notes).allMatch(notes -> notes.startsWith("alice "));
	}

	@Test
	void walksOnlyTheNightsOfTheRange() {
		List<Episode> walked = new ArrayList<>();
		this.service.forEachEpisodeBetween(this.alice, FIRST.plusDays(10), FIRST.plusDays(11), walked::add);
		assertThat(walked).hasSize(42).allMatch(e -> !e.nightOf().isBefore(FIRST.plusDays(10))
				&& !e.nightOf().isAfter(FIRST.plusDays(11)));
	}

	@Test
	void walksNothingForAReversedRange() {
		List<Episode> walked = new ArrayList<>();
		this.service.forEachEpisodeBetween(this.alice, FIRST.plusDays(2), FIRST, walked::add);
		assertThat(walked).isEmpty();
	}

}
