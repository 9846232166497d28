package org.crampwise.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one source of "now". Domain code, rules and controllers take this {@link Clock} instead of calling
 * {@code Instant.now()}, so tests can fix the time.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
