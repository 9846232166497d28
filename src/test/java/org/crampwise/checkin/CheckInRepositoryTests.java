package org.crampwise.checkin;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest
class CheckInRepositoryTests extends CheckInRepositoryContract {

}
