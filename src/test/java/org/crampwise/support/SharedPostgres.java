package org.crampwise.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server per test JVM (started on first use, stopped when the JVM exits), with a fresh database
 * for each Spring test context that asks, so contexts never see each other's rows.
 */
public final class SharedPostgres {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static EmbeddedPostgres server;

	private SharedPostgres() {
	}

	private static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("could not start embedded PostgreSQL", ex);
			}
			EmbeddedPostgres started = server;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					started.close();
				}
				catch (IOException ex) {
					// the JVM is going away either way
				}
			}));
		}
		return server;
	}

	/** Creates an empty database and returns its name. */
	public static String newDatabase() {
		String name = "crampwise_test_" + DATABASES.incrementAndGet();
		try (Connection connection = server().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not create database " + name, ex);
		}
		return name;
	}

	public static DataSource dataSource(String database) {
		return server().getDatabase("postgres", database);
	}

	public static String jdbcUrl(String database) {
		return server().getJdbcUrl("postgres", database);
	}

}
