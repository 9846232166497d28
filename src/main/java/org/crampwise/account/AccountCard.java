package org.crampwise.account;

import java.time.ZoneId;

/**
 * What the clinician workspace knows of an account: its id, name, the name others see, its role and time zone.
 *
 * @param displayName the display name, or the username when none was given
 */
public record AccountCard(AccountId id, String username, String displayName, Role role, ZoneId timeZone) {
}
