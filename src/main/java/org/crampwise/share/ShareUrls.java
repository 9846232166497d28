package org.crampwise.share;

import org.springframework.stereotype.Component;

import org.crampwise.system.PublicBaseUrl;

/**
 * The absolute URL of a share link: the configured public base URL ({@code crampwise.public-base-url}) when set,
 * never a client's {@code Host} header then; otherwise the current request's scheme, host, port and context path.
 */
@Component
class ShareUrls {

	static final String PATH = "/share/";

	private final PublicBaseUrl base;

	ShareUrls(PublicBaseUrl base) {
		this.base = base;
	}

	String of(String token) {
		return this.base.base().path(PATH).path(token).toUriString();
	}

}
