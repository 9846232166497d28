package org.crampwise.support;

import javax.sql.DataSource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A fresh database on the shared real PostgreSQL server (see {@link SharedPostgres}) for one test context. Spring
 * caches the context, so the test classes that use {@link PostgresJpaTest} alike share it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresConfiguration {

	@Bean
	DataSource dataSource() {
		return SharedPostgres.dataSource(SharedPostgres.newDatabase());
	}

}
