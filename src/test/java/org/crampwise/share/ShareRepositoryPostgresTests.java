package org.crampwise.share;

import org.crampwise.support.PostgresJpaTest;

@PostgresJpaTest
class ShareRepositoryPostgresTests extends ShareRepositoryContract {

}
