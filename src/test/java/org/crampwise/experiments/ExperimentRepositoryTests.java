package org.crampwise.experiments;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest
class ExperimentRepositoryTests extends ExperimentRepositoryContract {

}
