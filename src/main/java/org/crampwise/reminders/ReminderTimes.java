package org.crampwise.reminders;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * The user's local times of the two daily reminders. The evening check-in is from {@link #CHECK_IN_EARLIEST} to
 * {@link #CHECK_IN_LATEST} (so it falls on the evening of its night, and tonight's experiment task,
 * {@link #TASK_BEFORE_CHECK_IN} earlier, too); the morning question from {@link #MORNING_EARLIEST} to
 * {@link #MORNING_LATEST} (the morning after the night).
 *
 * @param checkInAt the evening check-in, default 21:30
 * @param morningAt the morning "cramps last night?" question, default 07:30
 */
record ReminderTimes(LocalTime checkInAt, LocalTime morningAt) {

	static final ReminderTimes DEFAULT = new ReminderTimes(LocalTime.of(21, 30), LocalTime.of(7, 30));

	static final LocalTime CHECK_IN_EARLIEST = LocalTime.of(16, 0);

	static final LocalTime CHECK_IN_LATEST = LocalTime.of(23, 59);

	static final LocalTime MORNING_EARLIEST = LocalTime.of(4, 0);

	static final LocalTime MORNING_LATEST = LocalTime.of(11, 59);

	/** Tonight's experiment task comes this many minutes before the check-in, time to do it before bed. */
	static final int TASK_BEFORE_CHECK_IN = 30;

	/** How times are written in the API and the form: {@code 21:30}. */
	static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("HH:mm");

	LocalTime taskAt() {
		return this.checkInAt.minusMinutes(TASK_BEFORE_CHECK_IN);
	}

	public String checkIn() {
		return FORMAT.format(this.checkInAt);
	}

	public String morning() {
		return FORMAT.format(this.morningAt);
	}

}
