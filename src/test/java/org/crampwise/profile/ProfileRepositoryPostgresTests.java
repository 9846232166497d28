package org.crampwise.profile;

import org.crampwise.support.PostgresJpaTest;

@PostgresJpaTest
class ProfileRepositoryPostgresTests extends ProfileRepositoryContract {

}
