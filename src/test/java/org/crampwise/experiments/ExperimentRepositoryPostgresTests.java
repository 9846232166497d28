package org.crampwise.experiments;

import org.crampwise.support.PostgresJpaTest;

@PostgresJpaTest
class ExperimentRepositoryPostgresTests extends ExperimentRepositoryContract {

}
