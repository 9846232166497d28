package org.crampwise.experiments;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ExperimentRepository extends JpaRepository<Experiment, Long> {

	List<Experiment> findByAccountIdOrderByIdDesc(long accountId);

	/**
	 * The account's open experiments (ACTIVE or PAUSED), newest first: what the pages that show tonight's task ask
	 * for, without the finished ones, which {@link ExperimentService#list} would reanalyse. Normally none or one.
	 */
	@Query("select e from Experiment e where e.accountId = :accountId and e.status in "
			+ "(org.crampwise.experiments.Experiment.Stored.ACTIVE, org.crampwise.experiments.Experiment.Stored.PAUSED) "
			+ "order by e.id desc")
	List<Experiment> findOpenOfAccount(@Param("accountId") long accountId);

	Optional<Experiment> findByIdAndAccountId(long id, long accountId);

	/** The latest (highest id) experiment of each of those accounts that has one, in one statement. */
	@Query("select e from Experiment e where e.accountId in :accountIds and e.id = "
			+ "(select max(l.id) from Experiment l where l.accountId = e.accountId)")
	List<Experiment> findLatestOfAccounts(@Param("accountIds") Collection<Long> accountIds);

}
