package org.crampwise.checkin;

import org.crampwise.support.PostgresJpaTest;

@PostgresJpaTest
class CheckInRepositoryPostgresTests extends CheckInRepositoryContract {

}
