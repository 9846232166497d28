package org.crampwise.account;

import java.time.OffsetDateTime;

/**
 * What anyone may know of an account: its id, name, when it was made (in its own time zone), its time zone, its role
 * and the name it shows (the display name given at registration, or the username).
 */
public record AccountSummary(AccountId id, String username, OffsetDateTime createdAt, String timeZone, Role role,
		String displayName) {
}
