package org.crampwise.episode;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.crampwise.account.AccountId;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.DataVersions;

/**
 * Episodes brought back from an export (the import of {@code episodes.csv}): checked by {@link EpisodeRules}, the
 * same rules as the form and the API, and stored in JDBC batches (Hibernate cannot batch inserts of rows with
 * identity ids), inside the caller's transaction, so an import is stored whole or not at all.
 */
@Service
public class EpisodeImports {

	/** Rows per JDBC batch. */
	static final int BATCH_SIZE = 500;

	private static final String INSERT = "INSERT INTO cramp_episodes (account_id, started_at, start_offset_seconds, "
			+ "night_of, daytime, duration_seconds, intensity, muscle, side, woke_from_sleep, reliefs_tried, "
			+ "helped_most, warning_signs, notes, created_at, updated_at) "
			+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	private final DataVersions versions;

	private final EpisodeRepository repository;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final EnumSetConverter.Reliefs reliefs = new EnumSetConverter.Reliefs();

	private final EnumSetConverter.WarningSigns warningSigns = new EnumSetConverter.WarningSigns();

	EpisodeImports(JdbcTemplate jdbc, EpisodeRepository repository, Clock clock, ApplicationEventPublisher events,
			DataVersions versions) {
		this.jdbc = jdbc;
		this.versions = versions;
		this.repository = repository;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Checks one episode of an import; intensity, muscle and side may be "not given" (a timed cramp), the rest
	 * follows the rules of a whole episode. The id, {@code nightOf} and {@code daytime} of the given episode are not
	 * read: the answer has the id 0 and the night and daytime derived from the start.
	 * @throws InvalidInputException naming every bad field
	 */
	public Episode check(Episode episode) {
		return EpisodeRules.checkImported(episode, this.clock.instant());
	}

	/** The owner's nights from {@code from} to {@code to} that have at least one episode. */
	@Transactional(readOnly = true)
	public Set<LocalDate> nightsWithEpisodes(AccountId owner, LocalDate from, LocalDate to) {
		return new java.util.HashSet<>(this.repository.findEpisodeNights(owner.value(), from, to));
	}

	/**
	 * Stores checked episodes (from {@link #check}) for the owner, each a new row, and tells the listeners once per
	 * night that it has a cramp now ({@link EpisodeLogged}: a "no cramps" mark of that night goes). Joins the
	 * caller's transaction.
	 */
	@Transactional
	public void store(AccountId owner, List<Episode> episodes) {
		if (episodes.isEmpty()) {
			return;
		}
		this.versions.bump(owner.value()); // a JDBC batch: no JPA event raises it
		OffsetDateTime now = Instant.now(this.clock).atOffset(ZoneOffset.UTC);
		this.jdbc.batchUpdate(INSERT, episodes, BATCH_SIZE, (statement, episode) -> bind(statement, owner, episode, now));
		SortedSet<LocalDate> nights = new TreeSet<>();
		episodes.forEach(episode -> nights.add(episode.nightOf()));
		nights.forEach(night -> this.events.publishEvent(new EpisodeLogged(owner, night)));
	}

	private void bind(PreparedStatement statement, AccountId owner, Episode episode, OffsetDateTime now)
			throws SQLException {
		OffsetDateTime start = episode.startedAt();
		statement.setLong(1, owner.value());
		statement.setObject(2, start.withOffsetSameInstant(ZoneOffset.UTC));
		statement.setInt(3, start.getOffset().getTotalSeconds());
		statement.setObject(4, episode.nightOf());
		statement.setBoolean(5, episode.daytime());
		statement.setInt(6, episode.durationSeconds());
		if (episode.intensity() != null) {
			statement.setInt(7, episode.intensity());
		}
		else {
			statement.setNull(7, Types.INTEGER);
		}
		statement.setString(8, (episode.muscle() != null) ? episode.muscle().name() : null);
		statement.setString(9, (episode.side() != null) ? episode.side().name() : null);
		statement.setBoolean(10, episode.wokeFromSleep());
		statement.setString(11, this.reliefs.convertToDatabaseColumn(Set.copyOf(episode.reliefsTried())));
		statement.setString(12, (episode.helpedMost() != null) ? episode.helpedMost().name() : null);
		statement.setString(13, this.warningSigns.convertToDatabaseColumn(Set.copyOf(episode.warningSigns())));
		statement.setString(14, episode.notes());
		statement.setObject(15, now);
		statement.setObject(16, now);
	}

}
