package org.crampwise.share;

/**
 * A share link opened more often than {@code crampwise.share.max-opens-per-hour} allows: answered {@code 429}. The
 * access log is the counter, so every app node sees the same count.
 */
class ShareRateLimitedException extends RuntimeException {

	ShareRateLimitedException() {
		super("share link opened too often; try again later");
	}

}
