package org.crampwise.system;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * The night rule shared by episodes and check-ins: an event belongs to the night that began on the local date of
 * (its local time minus 12 hours), so a cramp at 02:00 on the 20th belongs to the night of the 19th, and one at
 * 13:00 on the 20th to the night of the 20th. An episode is a daytime one when it starts between 10:00 (inclusive)
 * and 20:00 (exclusive) local time.
 */
public final class NightRule {

	static final LocalTime DAY_STARTS = LocalTime.of(10, 0);

	static final LocalTime DAY_ENDS = LocalTime.of(20, 0);

	private NightRule() {
	}

	/** The night a moment belongs to, in the offset the moment carries (the user's local time). */
	public static LocalDate nightOf(OffsetDateTime localTime) {
		return localTime.minusHours(12).toLocalDate();
	}

	/** Whether a moment falls in the day, 10:00 to 20:00 local time. */
	public static boolean isDaytime(OffsetDateTime localTime) {
		LocalTime time = localTime.toLocalTime();
		return !time.isBefore(DAY_STARTS) && time.isBefore(DAY_ENDS);
	}

}
