package org.crampwise.episode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.Repository;

/**
 * Every query names the owner first and filters nights by range, in the order of the index
 * {@code ix_cramp_episodes_account_night (account_id, night_of, started_at, id)}, which serves the filter on both
 * databases and, read backwards on PostgreSQL, the order too: newest night first, then latest start, then highest
 * id.
 */
interface EpisodeRepository extends Repository<CrampEpisode, Long>, EpisodeBatchQueries {

	String BY_NIGHT = "from CrampEpisode e where e.accountId = :accountId and e.nightOf between :from and :to";

	String NEWEST_FIRST = " order by e.nightOf desc, e.startedAt desc, e.id desc";

	Optional<CrampEpisode> findByIdAndAccountId(long id, long accountId);

	/** Read only (no snapshot, no dirty check at commit): every caller maps the rows to {@link Episode} at once. */
	@Query("select e " + BY_NIGHT + NEWEST_FIRST)
	@QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
	List<CrampEpisode> findNights(long accountId, LocalDate from, LocalDate to);

	@Query(value = "select e " + BY_NIGHT + NEWEST_FIRST, countQuery = "select count(e) " + BY_NIGHT)
	Page<CrampEpisode> findNights(long accountId, LocalDate from, LocalDate to, Pageable page);

	/** The first chunk of a range, newest first: where a keyset walk through a long range begins. */
	@Query("select e " + BY_NIGHT + NEWEST_FIRST)
	List<CrampEpisode> findFirstChunk(long accountId, LocalDate from, LocalDate to, Limit limit);

	/**
	 * The next chunk after the episode at {@code (night, startedAt, id)} in the newest-first order: a keyset page,
	 * so an episode logged or deleted during the walk cannot make it repeat or skip any other one.
	 */
	@Query("select e " + BY_NIGHT + " and (e.nightOf < :night or (e.nightOf = :night and (e.startedAt < :startedAt"
			+ " or (e.startedAt = :startedAt and e.id < :id))))" + NEWEST_FIRST)
	List<CrampEpisode> findChunkAfter(long accountId, LocalDate from, LocalDate to, LocalDate night,
			Instant startedAt, long id, Limit limit);

	// findNightsOfAll and findLastNightsOfAll (the clinician's patients list): EpisodeBatchQueries

	CrampEpisode save(CrampEpisode episode);

	void delete(CrampEpisode episode);

	/** The nights of the range that have an episode (the import's "no cramps" rows must not name one). */
	@Query("select distinct e.nightOf from CrampEpisode e where e.accountId = :accountId"
			+ " and e.nightOf between :from and :to")
	List<LocalDate> findEpisodeNights(long accountId, LocalDate from, LocalDate to);

	/** Whether the owner logged an episode for the night: one index seek (a night's status, the check-in prompt). */
	boolean existsByAccountIdAndNightOf(long accountId, LocalDate nightOf);

	/** The owner's earliest night with an episode, or null: one index seek on (account_id, night_of). */
	@Query("select min(e.nightOf) from CrampEpisode e where e.accountId = :accountId")
	@Nullable LocalDate findFirstNight(long accountId);

}
