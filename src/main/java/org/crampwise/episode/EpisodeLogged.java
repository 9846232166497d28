package org.crampwise.episode;

import java.time.LocalDate;

import org.crampwise.account.AccountId;

/**
 * Published (synchronously, inside the saving transaction) whenever an episode is logged or corrected onto a night:
 * that night now has a cramp, so whatever said otherwise (a "no cramps" mark) must go.
 *
 * @param owner whose episode
 * @param nightOf the night it now belongs to
 */
public record EpisodeLogged(AccountId owner, LocalDate nightOf) {
}
