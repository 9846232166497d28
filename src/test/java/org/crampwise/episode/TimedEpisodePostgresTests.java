package org.crampwise.episode;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.crampwise.support.SharedPostgres;

/**
 * {@link TimedEpisodeIntegrationTests} on a real PostgreSQL: the unique key per account keeps racing sends of one
 * cramp to one episode there too (a concurrent insert waits for the first and then fails on the key).
 */
class TimedEpisodePostgresTests extends TimedEpisodeIntegrationTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		String database = SharedPostgres.newDatabase();
		registry.add("spring.datasource.url", () -> SharedPostgres.jdbcUrl(database));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "postgres");
	}

}
