package org.crampwise.episode;

import org.jspecify.annotations.Nullable;

/**
 * One tap on the "cramp now" screen after the episode is saved: exactly one of these is set, by the button's
 * name and value.
 *
 * @param intensity a 0-10 rating
 * @param muscle where it was felt
 * @param side which leg
 * @param tried a relief to mark as tried, or no longer tried
 * @param helpedMost the tried relief that helped most
 * @param woke whether the cramp woke the user
 * @param sign a warning sign to note, or to take back
 */
record QuickChoice(@Nullable Integer intensity, @Nullable Muscle muscle, @Nullable Side side, @Nullable Relief tried,
		@Nullable Relief helpedMost, @Nullable Boolean woke, @Nullable WarningSign sign) {
}
