package org.crampwise.checkin;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The check-ins of several owners in one statement each (the clinician's patients list), ids as literals. */
interface CheckInBatchQueries {

	/** The nights {@code from..to} of several owners, read-only. */
	List<NightlyCheckIn> findNightsOfAll(Collection<Long> accountIds, LocalDate from, LocalDate to);

	/** Each owner's latest night with a check-in: {@code [accountId, night]} rows. */
	List<Object[]> findLastNightsOfAll(Collection<Long> accountIds);

}
