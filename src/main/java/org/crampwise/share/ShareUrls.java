package org.crampwise.share;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The absolute URL of a share link, built from the current request (scheme, host, port and context path). */
final class ShareUrls {

	static final String PATH = "/share/";

	private ShareUrls() {
	}

	static String of(String token) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(PATH).path(token).toUriString();
	}

}
