package org.crampwise.system;

/**
 * A resource that does not exist or belongs to another user: both answer {@code 404} with the same text, so a
 * response never hints that someone else's record exists.
 */
public class ResourceNotFoundException extends RuntimeException {

	public ResourceNotFoundException(String kind, Object id) {
		super(kind + " " + id + " not found");
	}

}
