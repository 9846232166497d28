package org.crampwise.system;

import java.time.Duration;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A bounded cache of values computed from one account's data, keyed on the account's data version
 * ({@link DataVersions}) besides the caller's key: a write anywhere changes the version, so an entry of the old
 * version is never read again (it ages out). Inside a read-write transaction nothing is cached or read from the
 * cache: that transaction may have raised a version it could still roll back (the number would then be given to a
 * later write) or write more after reading.
 *
 * @param <K> the rest of the key: everything else the value depends on (the range, the day, the locale)
 * @param <V> the value; immutable, shared between requests and threads
 */
public final class ReadModelCache<K, V> {

	private final DataVersions versions;

	private final Cache<Key<K>, V> cache;

	ReadModelCache(DataVersions versions, long maximumSize) {
		this.versions = versions;
		this.cache = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterAccess(Duration.ofHours(1)).build();
	}

	/** The value for the owner's current data and {@code key}, computed by {@code compute} when not cached. */
	public V get(long owner, K key, Supplier<V> compute) {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return compute.get();
		}
		return this.cache.get(new Key<>(owner, this.versions.current(owner), key), k -> compute.get());
	}

	/** How many entries are held (for tests). */
	long size() {
		this.cache.cleanUp();
		return this.cache.estimatedSize();
	}

	private record Key<K>(long owner, long version, K key) {
	}

}
