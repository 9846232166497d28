package org.crampwise.experiments;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExperimentRepository extends JpaRepository<Experiment, Long> {

	List<Experiment> findByAccountIdOrderByIdDesc(long accountId);

	Optional<Experiment> findByIdAndAccountId(long id, long accountId);

}
