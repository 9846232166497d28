package org.crampwise.support;

import jakarta.persistence.EntityManager;

/**
 * Inserts bare account rows for {@code @DataJpaTest}s of other modules, whose tables reference {@code accounts}
 * but which cannot use the account module's package-private entity.
 */
public final class AccountRows {

	private AccountRows() {
	}

	/** Inserts an account with this (unique) username and returns its id. */
	public static long insert(EntityManager entityManager, String username) {
		entityManager
			.createNativeQuery("INSERT INTO accounts (username, password_hash, time_zone, created_at) "
					+ "VALUES (?1, '{noop}x', 'UTC', CURRENT_TIMESTAMP)")
			.setParameter(1, username)
			.executeUpdate();
		return ((Number) entityManager.createNativeQuery("SELECT id FROM accounts WHERE username = ?1")
			.setParameter(1, username)
			.getSingleResult()).longValue();
	}

	/** Deletes an account row; the database's cascades remove every row of its data. */
	public static void delete(EntityManager entityManager, long id) {
		entityManager.flush();
		entityManager.createNativeQuery("DELETE FROM accounts WHERE id = ?1").setParameter(1, id).executeUpdate();
		entityManager.clear();
	}

}
