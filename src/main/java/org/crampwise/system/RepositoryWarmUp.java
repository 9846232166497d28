package org.crampwise.system;

import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

/**
 * Makes every Spring Data repository once the application has started, on a background thread.
 * <p>
 * The repositories are lazy ({@code spring.data.jpa.repositories.bootstrap-mode=lazy}): making one parses each of its
 * {@code @Query} texts with Spring Data's HQL parser, which was a fifth of the start-up's CPU (a JFR recording of
 * start-up, issue 11) and, in the {@code deferred} mode, ran on the main thread before the app said it had started.
 * Here they are made right after start-up instead, so a user's first request finds them ready (a request that comes
 * first makes the repository it needs itself: Spring makes each singleton once, under its lock), and a repository
 * whose query is wrong is still reported at once, in the log, as an error. {@link #ready()} completes when all are
 * made (or failed), for tests and operators.
 */
@Component
class RepositoryWarmUp implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(RepositoryWarmUp.class);

	private final CompletableFuture<Integer> ready = new CompletableFuture<>();

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		ListableBeanFactory beans = event.getApplicationContext();
		Thread thread = new Thread(() -> warmUp(beans), "repository-warm-up");
		thread.setDaemon(true);
		thread.start();
	}

	private void warmUp(ListableBeanFactory beans) {
		long start = System.nanoTime();
		int made = 0;
		try {
			for (String name : beans.getBeanNamesForType(Repository.class)) {
				beans.getBean(name);
				made++;
			}
			log.info("{} repositories ready in {} ms", made, (System.nanoTime() - start) / 1_000_000);
			this.ready.complete(made);
		}
		catch (RuntimeException ex) {
			log.error("A repository could not be made; requests that use it will fail", ex);
			this.ready.completeExceptionally(ex);
		}
	}

	/** Completes with the number of repositories made, once every one is; exceptionally if one could not be. */
	CompletableFuture<Integer> ready() {
		return this.ready;
	}

}
