package org.crampwise.account;

/**
 * The id of an account, the owner of every row of user data. A controller parameter of this type is the signed-in
 * user (see {@link CurrentAccountArgumentResolver}).
 */
public record AccountId(long value) {

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
