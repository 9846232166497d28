package org.crampwise.experiments;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExperimentPauseRepository extends JpaRepository<ExperimentPause, Long> {

	List<ExperimentPause> findByExperimentIdOrderById(long experimentId);

}
