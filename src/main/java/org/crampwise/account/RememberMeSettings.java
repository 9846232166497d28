package org.crampwise.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * "Keep me signed in on this device" ({@code crampwise.security.remember-me.*}).
 *
 * @param validity how long a device stays signed in after it was last used (sliding): 30 days by default, so a phone
 * used every few nights never asks again, and a lost one stops working within a month unless revoked sooner
 * @param cookieName the cookie that carries {@code series:token}
 */
@ConfigurationProperties("crampwise.security.remember-me")
record RememberMeSettings(@DefaultValue("30d") Duration validity, @DefaultValue("crampwise-remember-me") String cookieName) {
}
