package org.crampwise.system;

import java.util.concurrent.Callable;
import java.util.concurrent.Future;

import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.orm.jpa.AbstractEntityManagerFactoryBean;

/**
 * Runs Flyway's migration on the thread that boots Hibernate, just before it, instead of on the main thread before
 * the rest of the context is built (issue 11: migrating a fresh database was a seventh of the main thread's start-up
 * in a JFR recording, time in which the web layer could be built).
 * <p>
 * Nothing changes in what is migrated or when the app answers: Hibernate's bootstrap task (on its own thread, as
 * {@code spring.data.jpa.repositories.bootstrap-mode=lazy} makes it) migrates first, then validates the entities
 * against the migrated schema; Spring waits for that task before it starts the web server, so no request and no
 * scheduled job sees an unmigrated database, and a failed migration still fails start-up. Flyway's PostgreSQL
 * advisory lock is taken as before, so nodes that start together still migrate one at a time. Where Hibernate boots
 * on the calling thread (no bootstrap executor), or there is no JPA at all, the migration runs there and then, or at
 * the latest when the context is refreshed.
 */
@Configuration(proxyBeanMethods = false)
class BackgroundMigration {

	/** One bean (a post-processor, made before the others) that is Boot's migration strategy too. */
	@Bean
	static MigrationDeferral migrationDeferral() {
		return new MigrationDeferral();
	}

	/**
	 * Boot's Flyway initializer hands its Flyway here instead of migrating on the main thread; the migration is put
	 * in front of Hibernate's bootstrap task (or run at once when Hibernate boots in line), and at the latest when
	 * the context is refreshed. It runs once, on whichever thread needs it first.
	 */
	static final class MigrationDeferral
			implements FlywayMigrationStrategy, BeanPostProcessor, ApplicationListener<ContextRefreshedEvent> {

		private Flyway flyway;

		@Override
		public synchronized void migrate(Flyway flyway) {
			this.flyway = flyway;
		}

		synchronized void run() {
			Flyway toMigrate = this.flyway;
			this.flyway = null;
			if (toMigrate != null) {
				toMigrate.migrate();
			}
		}

		@Override
		public Object postProcessBeforeInitialization(Object bean, String beanName) {
			if (bean instanceof AbstractEntityManagerFactoryBean factory) {
				AsyncTaskExecutor executor = factory.getBootstrapExecutor();
				if (executor == null) {
					run();
				}
				else {
					factory.setBootstrapExecutor(new MigratingExecutor(executor, this));
				}
			}
			return bean;
		}

		@Override
		public void onApplicationEvent(ContextRefreshedEvent event) {
			run();
		}

	}

	/** Hibernate's bootstrap executor, with the pending migration run at the start of each task. */
	private record MigratingExecutor(AsyncTaskExecutor delegate, MigrationDeferral pending) implements AsyncTaskExecutor {

		@Override
		public void execute(Runnable task) {
			this.delegate.execute(() -> {
				this.pending.run();
				task.run();
			});
		}

		@Override
		public Future<?> submit(Runnable task) {
			return this.delegate.submit(() -> {
				this.pending.run();
				task.run();
			});
		}

		@Override
		public <T> Future<T> submit(Callable<T> task) {
			return this.delegate.submit(() -> {
				this.pending.run();
				return task.call();
			});
		}

	}

}
