package org.crampwise.account;

import java.io.Serializable;

/**
 * The id of an account, the owner of every row of user data. A controller parameter of this type is the signed-in
 * user (see {@link CurrentAccountArgumentResolver}). Serializable, because the signed-in principal that carries it
 * lives in the session, and sessions are stored in the database (Spring Session JDBC).
 */
public record AccountId(long value) implements Serializable {

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
