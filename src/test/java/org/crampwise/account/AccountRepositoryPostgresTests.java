package org.crampwise.account;

import org.crampwise.support.PostgresJpaTest;

@PostgresJpaTest
class AccountRepositoryPostgresTests extends AccountRepositoryContract {

}
