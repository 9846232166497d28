package org.crampwise.system;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import org.crampwise.CrampwiseApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Flyway migrates a fresh database on Hibernate's bootstrap thread rather than the main one ({@link BackgroundMigration},
 * issue 11), and nothing else changes: the schema is migrated before the app is up, and a migration that fails still
 * fails start-up.
 */
class BackgroundMigrationIntegrationTests {

	@Test
	void aFreshDatabaseIsMigratedOffTheMainThreadBeforeTheAppIsUp(@TempDir Path directory) {
		Map<Event, String> threads = new ConcurrentHashMap<>();
		Callback recorder = new Callback() {
			@Override
			public boolean supports(Event event, Context context) {
				return event == Event.AFTER_MIGRATE;
			}

			@Override
			public boolean canHandleInTransaction(Event event, Context context) {
				return true;
			}

			@Override
			public void handle(Event event, Context context) {
				threads.put(event, Thread.currentThread().getName());
			}

			@Override
			public String getCallbackName() {
				return "thread-recorder";
			}
		};
		SpringApplication app = new SpringApplication(CrampwiseApplication.class);
		app.addInitializers(context -> context.getBeanFactory().registerSingleton("threadRecorder", recorder));
		String caller = Thread.currentThread().getName();
		try (ConfigurableApplicationContext context = app.run(arguments(directory, "classpath:db/migration"))) {
			assertThat(threads).containsKey(Event.AFTER_MIGRATE);
			assertThat(threads.get(Event.AFTER_MIGRATE)).isNotEqualTo(caller);
			Integer accounts = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
				.queryForObject("select count(*) from accounts", Integer.class);
			assertThat(accounts).isZero();
		}
	}

	@Test
	void aMigrationThatFailsStillFailsStartUp(@TempDir Path directory) {
		SpringApplication app = new SpringApplication(CrampwiseApplication.class);
		assertThatThrownBy(() -> app.run(arguments(directory, "classpath:db/migration,classpath:db/broken")))
			.hasStackTraceContaining("V999__broken.sql");
	}

	/** A fresh H2 file database in the test's directory; port -1: a servlet context, no listening server. */
	private static String[] arguments(Path directory, String locations) {
		return new String[] { "--server.port=-1", "--spring.main.banner-mode=off",
				"--spring.datasource.url=jdbc:h2:file:" + directory.resolve("db").toAbsolutePath() + ";WRITE_DELAY=0",
				"--spring.flyway.locations=" + locations };
	}

}
