package org.crampwise.reminders;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest
class ReminderFeedRepositoryTests extends ReminderFeedRepositoryContract {

}
