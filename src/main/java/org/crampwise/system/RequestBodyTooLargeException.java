package org.crampwise.system;

import java.io.IOException;

/**
 * Thrown while reading an API request body that grows past the configured limit (a chunked body has no
 * {@code Content-Length} to check up front). Answered as {@code 413}.
 */
class RequestBodyTooLargeException extends IOException {

	RequestBodyTooLargeException(long limit) {
		super("request body is larger than " + limit + " bytes");
	}

}
