package org.crampwise.account;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** At most the configured number of password hashes run at once; the rest wait their turn and then run. */
class BoundedPasswordEncoderTests {

	@Test
	void onlyTheBoundNumberOfChecksRunAtOnce() throws Exception {
		AtomicInteger running = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		CountDownLatch release = new CountDownLatch(1);
		PasswordEncoder slow = new PasswordEncoder() {
			@Override
			public String encode(@Nullable CharSequence raw) {
				return "x";
			}

			@Override
			public boolean matches(@Nullable CharSequence raw, @Nullable String encoded) {
				most.accumulateAndGet(running.incrementAndGet(), Math::max);
				try {
					release.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				running.decrementAndGet();
				return true;
			}
		};
		BoundedPasswordEncoder bounded = new BoundedPasswordEncoder(slow, 2);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			Future<?>[] checks = new Future<?>[8];
			for (int i = 0; i < 8; i++) {
				checks[i] = pool.submit(() -> bounded.matches("pw", "x"));
			}
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (running.get() < 2 && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
			Thread.sleep(100);
			assertThat(running.get()).as("checks running while 6 wait").isEqualTo(2);
			release.countDown();
			for (Future<?> check : checks) {
				assertThat(check.get(10, TimeUnit.SECONDS)).isEqualTo(true);
			}
			assertThat(most.get()).isEqualTo(2);
		}
		finally {
			pool.shutdownNow();
		}
	}

}
