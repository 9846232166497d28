package org.crampwise.account;

import java.util.concurrent.Semaphore;

import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets only a few password hashes run at once (bcrypt costs about 50 ms of a core each), so a flood of HTTP Basic
 * calls queues here instead of taking every core from the requests signed in by session cookie or API token. Waiting
 * is fair: the oldest caller goes first.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

	private final PasswordEncoder delegate;

	private final Semaphore permits;

	BoundedPasswordEncoder(PasswordEncoder delegate, int atOnce) {
		this.delegate = delegate;
		this.permits = new Semaphore(Math.max(1, atOnce), true);
	}

	/** Half the cores, at least one. */
	static int defaultAtOnce() {
		return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
	}

	@Override
	public @Nullable String encode(@Nullable CharSequence rawPassword) {
		acquire();
		try {
			return this.delegate.encode(rawPassword);
		}
		finally {
			this.permits.release();
		}
	}

	@Override
	public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
		acquire();
		try {
			return this.delegate.matches(rawPassword, encodedPassword);
		}
		finally {
			this.permits.release();
		}
	}

	@Override
	public boolean upgradeEncoding(@Nullable String encodedPassword) {
		return this.delegate.upgradeEncoding(encodedPassword);
	}

	private void acquire() {
		try {
			this.permits.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting to check a password", ex);
		}
	}

}
