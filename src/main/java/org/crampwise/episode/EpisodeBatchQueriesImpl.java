package org.crampwise.episode;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.jpa.HibernateHints;

import org.crampwise.system.IdLiterals;

/** {@link EpisodeBatchQueries} with the ids written as literals ({@link IdLiterals} says why). */
class EpisodeBatchQueriesImpl implements EpisodeBatchQueries {

	@PersistenceContext
	private EntityManager entityManager;

	@Override
	public List<CrampEpisode> findNightsOfAll(Collection<Long> accountIds, LocalDate from, LocalDate to) {
		return this.entityManager
			.createQuery("select e from CrampEpisode e where e.accountId in (" + IdLiterals.of(accountIds)
					+ ") and e.nightOf between :from and :to", CrampEpisode.class)
			.setParameter("from", from)
			.setParameter("to", to)
			.setHint(HibernateHints.HINT_READ_ONLY, true)
			.getResultList();
	}

	@Override
	public List<Object[]> findLastNightsOfAll(Collection<Long> accountIds) {
		return this.entityManager
			.createQuery("select e.accountId, max(e.nightOf) from CrampEpisode e where e.accountId in ("
					+ IdLiterals.of(accountIds) + ") group by e.accountId", Object[].class)
			.getResultList();
	}

}
