package org.crampwise.checkin;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.jpa.HibernateHints;

import org.crampwise.system.IdLiterals;

/** {@link CheckInBatchQueries} with the ids written as literals ({@link IdLiterals} says why). */
class CheckInBatchQueriesImpl implements CheckInBatchQueries {

	@PersistenceContext
	private EntityManager entityManager;

	@Override
	public List<NightlyCheckIn> findNightsOfAll(Collection<Long> accountIds, LocalDate from, LocalDate to) {
		return this.entityManager
			.createQuery("select c from NightlyCheckIn c where c.accountId in (" + IdLiterals.of(accountIds)
					+ ") and c.nightOf between :from and :to", NightlyCheckIn.class)
			.setParameter("from", from)
			.setParameter("to", to)
			.setHint(HibernateHints.HINT_READ_ONLY, true)
			.getResultList();
	}

	@Override
	public List<Object[]> findLastNightsOfAll(Collection<Long> accountIds) {
		return this.entityManager
			.createQuery("select c.accountId, max(c.nightOf) from NightlyCheckIn c where c.accountId in ("
					+ IdLiterals.of(accountIds) + ") group by c.accountId", Object[].class)
			.getResultList();
	}

}
