package org.crampwise.system;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where the app is reached from outside: {@code crampwise.public-base-url} (e.g. {@code https://crampwise.example})
 * when set, which production sets so that absolute URLs (share links) never come from a client's {@code Host}
 * header; otherwise the current request's scheme, host and port (fine for a developer's machine).
 */
@Component
public class PublicBaseUrl {

	private final String configured;

	public PublicBaseUrl(@Value("${crampwise.public-base-url:}") String configured) {
		String trimmed = configured.strip();
		if (!trimmed.isEmpty()) {
			URI uri = URI.create(trimmed);
			if (uri.getScheme() == null || uri.getHost() == null) {
				throw new IllegalArgumentException("crampwise.public-base-url must be an absolute URL: " + configured);
			}
		}
		this.configured = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
	}

	/** The base to append an application path to (context path included). */
	public UriComponentsBuilder base() {
		return this.configured.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath()
				: UriComponentsBuilder.fromUriString(this.configured);
	}

	/** The origin ({@code scheme://host[:port]}) a browser sends in {@code Origin} for our own pages. */
	public String origin(HttpServletRequest request) {
		if (!this.configured.isEmpty()) {
			URI uri = URI.create(this.configured);
			return uri.getScheme() + "://" + uri.getHost() + ((uri.getPort() == -1) ? "" : ":" + uri.getPort());
		}
		String scheme = request.getScheme();
		int port = request.getServerPort();
		boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
		return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
	}

}
