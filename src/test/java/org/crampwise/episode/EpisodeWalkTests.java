package org.crampwise.episode;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest
class EpisodeWalkTests extends EpisodeWalkContract {

}
