package org.crampwise.nights;

import java.time.LocalDate;

/**
 * One night as the API and the calendar show it.
 *
 * @param nightOf the night
 * @param status cramps, no cramps, or unknown
 * @param episodes episodes logged for the night (daytime ones included)
 * @param checkIn whether the night has a check-in
 * @param copiedFromPrevious whether that check-in was saved with "same as last night" unchanged
 */
public record Night(LocalDate nightOf, NightStatus status, int episodes, boolean checkIn, boolean copiedFromPrevious) {
}
