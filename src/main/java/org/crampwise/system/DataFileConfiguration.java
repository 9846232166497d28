package org.crampwise.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Registers {@link DataFilePermissions} early (a static bean method, as a post-processor must be). */
@Configuration(proxyBeanMethods = false)
class DataFileConfiguration {

	@Bean
	static DataFilePermissions dataFilePermissions(Environment environment) {
		return new DataFilePermissions(environment);
	}

}
