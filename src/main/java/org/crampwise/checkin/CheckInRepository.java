package org.crampwise.checkin;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;

import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Check-ins, always of one account. Every query starts with the account id and is served by the unique
 * {@code (account_id, night_of)} index.
 */
interface CheckInRepository extends Repository<NightlyCheckIn, Long>, CheckInBatchQueries {

	Optional<NightlyCheckIn> findByAccountIdAndNightOf(long accountId, LocalDate nightOf);

	// findNightsOfAll and findLastNightsOfAll (the clinician's patients list): CheckInBatchQueries

	/** Read only (no snapshot, no dirty check at commit): every caller maps the rows to {@link CheckIn} at once. */
	@QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
	List<NightlyCheckIn> findByAccountIdAndNightOfBetweenOrderByNightOfDesc(long accountId, LocalDate from,
			LocalDate to);

	Page<NightlyCheckIn> findByAccountIdAndNightOfBetweenOrderByNightOfDesc(long accountId, LocalDate from,
			LocalDate to, Pageable pageable);

	/** A chunk of a long walk newest first: the first {@code limit} check-ins of the nights from..to. */
	List<NightlyCheckIn> findByAccountIdAndNightOfBetweenOrderByNightOfDesc(long accountId, LocalDate from,
			LocalDate to, Limit limit);

	/** The latest check-in before a night: what the check-in page pre-fills a new night with. */
	Optional<NightlyCheckIn> findFirstByAccountIdAndNightOfBeforeOrderByNightOfDesc(long accountId, LocalDate night);

	/** The nights of the range whose check-in was saved with "same as last night" unchanged. */
	@Query("select c.nightOf from NightlyCheckIn c where c.accountId = :accountId and c.copiedFromPrevious = true"
			+ " and c.nightOf between :from and :to")
	List<LocalDate> findCopiedNights(long accountId, LocalDate from, LocalDate to);

	NightlyCheckIn saveAndFlush(NightlyCheckIn checkIn);

	void delete(NightlyCheckIn checkIn);

	/** The owner's earliest night with a check-in, or null: one index seek on (account_id, night_of). */
	@Query("select min(c.nightOf) from NightlyCheckIn c where c.accountId = :accountId")
	@Nullable LocalDate findFirstNight(long accountId);

}
