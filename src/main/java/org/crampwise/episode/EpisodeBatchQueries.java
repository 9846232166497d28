package org.crampwise.episode;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** The episodes of several owners in one statement each (the clinician's patients list), ids as literals. */
interface EpisodeBatchQueries {

	/** The nights {@code from..to} of several owners, read-only. */
	List<CrampEpisode> findNightsOfAll(Collection<Long> accountIds, LocalDate from, LocalDate to);

	/** Each owner's latest night with an episode: {@code [accountId, night]} rows. */
	List<Object[]> findLastNightsOfAll(Collection<Long> accountIds);

}
