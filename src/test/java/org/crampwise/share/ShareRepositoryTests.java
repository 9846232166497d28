package org.crampwise.share;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest
class ShareRepositoryTests extends ShareRepositoryContract {

}
