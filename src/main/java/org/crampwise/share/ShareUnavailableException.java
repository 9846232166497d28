package org.crampwise.share;

/**
 * A share link that does not open: unknown or revoked (404, the same answer for both, so a revoked link reveals
 * nothing), or expired (410 Gone).
 */
class ShareUnavailableException extends RuntimeException {

	private final boolean expired;

	ShareUnavailableException(boolean expired) {
		super(expired ? "share link expired" : "share link not found");
		this.expired = expired;
	}

	boolean expired() {
		return this.expired;
	}

}
