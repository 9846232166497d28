package org.crampwise.clinician;

import org.crampwise.support.PostgresJpaTest;

@PostgresJpaTest
class ClinicianRepositoriesPostgresTests extends ClinicianRepositoriesContract {

}
