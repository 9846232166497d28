package org.crampwise.system;

/**
 * An entity the read models (the insights, the advice, the calendar) are computed from. Every insert, update or
 * delete of one, through JPA, raises its owner's data version ({@link DataVersions}) in the same transaction; writes
 * that bypass JPA (JDBC batches, bulk deletes) call {@link DataVersions#bump} themselves.
 */
public interface ReadModelSource {

	/** The id of the account whose data this is. */
	long readModelOwner();

}
