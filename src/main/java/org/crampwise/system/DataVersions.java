package org.crampwise.system;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each account's data version: a counter in {@code accounts.data_version}, raised in the same transaction as every
 * write to what the read models are computed from (see {@link ReadModelSource}), read with one primary-key query per
 * request. A cache keyed on it is correct on every node that shares the database: a write committed anywhere
 * changes the key everywhere, and nothing has to be told to forget anything (docs/architecture.md).
 */
@Service
public class DataVersions {

	static final String BUMP = "UPDATE accounts SET data_version = data_version + 1 WHERE id = ?";

	private final JdbcTemplate jdbc;

	DataVersions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The account's current data version (0 for an account that does not exist). */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public long current(long accountId) {
		return this.jdbc.query("SELECT data_version FROM accounts WHERE id = ?",
				rs -> rs.next() ? rs.getLong(1) : 0L, accountId);
	}

	/** A new bounded cache keyed on the data version (see {@link ReadModelCache}). */
	public <K, V> ReadModelCache<K, V> cache(long maximumSize) {
		return new ReadModelCache<>(this, maximumSize);
	}

	/**
	 * Raises the account's data version, inside the caller's transaction: for writes that do not go through JPA
	 * (those that do are counted by {@link DataVersionListener}).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void bump(long accountId) {
		this.jdbc.update(BUMP, accountId);
	}

}
