package org.crampwise.episode;

import org.crampwise.support.PostgresJpaTest;

@PostgresJpaTest
class EpisodeWalkPostgresTests extends EpisodeWalkContract {

}
