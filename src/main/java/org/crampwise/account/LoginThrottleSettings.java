package org.crampwise.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How repeated failed sign-ins are slowed down.
 *
 * @param maxFailures failures of one username within {@code window} that lock it (default 5)
 * @param window how long failures are remembered (default 15 minutes)
 * @param lockFor how long a locked username is refused, even with the right password (default 15 minutes)
 */
@ConfigurationProperties("crampwise.security.login")
record LoginThrottleSettings(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window,
		@DefaultValue("15m") Duration lockFor) {
}
