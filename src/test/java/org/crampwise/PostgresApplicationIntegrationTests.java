package org.crampwise;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.crampwise.support.SharedPostgres;

/**
 * The application with the {@code postgres} profile, its datasource given through the same variables operations
 * use ({@code CRAMPWISE_DB_URL}, ...), on a real PostgreSQL server: Flyway migrates it and an API round trip works.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@ActiveProfiles("postgres")
class PostgresApplicationIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		String database = SharedPostgres.newDatabase();
		registry.add("CRAMPWISE_DB_URL", () -> SharedPostgres.jdbcUrl(database));
		registry.add("CRAMPWISE_DB_USERNAME", () -> "postgres");
		registry.add("CRAMPWISE_DB_PASSWORD", () -> "postgres");
	}

	@Autowired
	RestTestClient client;

	@Test
	void registersAndReadsAnAccountOnPostgres() {
		this.client.post()
			.uri("/api/v1/account")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"username\":\"pg-user\",\"password\":\"correct-horse-battery\"}")
			.exchange()
			.expectStatus()
			.isCreated();
		this.client.get()
			.uri("/api/v1/account")
			.headers(h -> h.setBasicAuth("pg-user", "correct-horse-battery"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.username")
			.isEqualTo("pg-user");
	}

}
