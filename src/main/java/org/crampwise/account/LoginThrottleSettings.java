package org.crampwise.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How repeated failed sign-ins are slowed down.
 *
 * @param maxFailures failures of one account from one client address within {@code window} that lock that account
 * for that address only (default 5)
 * @param window how long failures are remembered (default 15 minutes)
 * @param lockFor how long a lock lasts (default 15 minutes)
 * @param maxFailuresPerAddress failures from one client address, whatever the names, within {@code window} after
 * which that address gets 429 before any password is checked (default 20)
 */
@ConfigurationProperties("crampwise.security.login")
record LoginThrottleSettings(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window,
		@DefaultValue("15m") Duration lockFor, @DefaultValue("20") int maxFailuresPerAddress) {
}
