package org.crampwise.account;

import java.time.OffsetDateTime;

/**
 * What anyone may know of an account: its id, name, when it was made (in its own time zone) and its time zone.
 */
public record AccountSummary(AccountId id, String username, OffsetDateTime createdAt, String timeZone) {
}
