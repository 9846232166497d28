package org.crampwise.reminders;

import org.crampwise.support.PostgresJpaTest;

@PostgresJpaTest
class ReminderFeedRepositoryPostgresTests extends ReminderFeedRepositoryContract {

}
