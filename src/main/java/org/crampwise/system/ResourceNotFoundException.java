package org.crampwise.system;

import org.springframework.context.MessageSourceResolvable;

/**
 * A resource that does not exist or belongs to another user: both answer {@code 404} with the same text, so a
 * response never hints that someone else's record exists. The text a person reads is the message
 * {@code notFound.<kind>} (spaces as hyphens, e.g. {@code notFound.share-link}) with the id as its argument,
 * resolved in the request's language by {@code ApiExceptionHandler}; {@link #getMessage()} stays English, for logs.
 */
public class ResourceNotFoundException extends RuntimeException implements MessageSourceResolvable {

	private final String code;

	private final Object[] arguments;

	public ResourceNotFoundException(String kind, Object id) {
		super(kind + " " + id + " not found");
		this.code = "notFound." + kind.replace(' ', '-');
		// as text: a number argument would be written with the language's digit grouping
		this.arguments = new Object[] { String.valueOf(id) };
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.code, "notFound.other" };
	}

	@Override
	public Object[] getArguments() {
		return this.arguments.clone();
	}

	@Override
	public String getDefaultMessage() {
		return getMessage();
	}

}
