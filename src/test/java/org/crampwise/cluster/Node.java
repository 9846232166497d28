package org.crampwise.cluster;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.crampwise.CrampwiseApplication;
import org.crampwise.support.SharedPostgres;

/**
 * One app node: the whole application with the {@code postgres} profile on its own random port, against a database
 * that other nodes share, configured through the same variables operations use.
 */
final class Node implements AutoCloseable {

	final String name;

	final ConfigurableApplicationContext context;

	final int port;

	private Node(String name, ConfigurableApplicationContext context) {
		this.name = name;
		this.context = context;
		this.port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
	}

	static Node start(String name, String database, String... extraProperties) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
				"--CRAMPWISE_DB_URL=" + SharedPostgres.jdbcUrl(database), "--CRAMPWISE_DB_USERNAME=postgres",
				"--CRAMPWISE_DB_PASSWORD=postgres", "--CRAMPWISE_DB_POOL_SIZE=4", "--spring.main.banner-mode=off"));
		for (String property : extraProperties) {
			args.add("--" + property);
		}
		ConfigurableApplicationContext context = new SpringApplicationBuilder(CrampwiseApplication.class)
			.profiles("postgres")
			.run(args.toArray(String[]::new));
		return new Node(name, context);
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	@Override
	public void close() {
		this.context.close();
	}

	@Override
	public String toString() {
		return this.name;
	}

}
