package org.crampwise.account;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client of the current request: the TCP peer, which Tomcat replaces with the X-Forwarded-For
 * address only when the peer is a configured trusted proxy ({@code server.forward-headers-strategy=native} and
 * {@code server.tomcat.remoteip.internal-proxies}, see docs/operations.md). Without that setting, forwarded headers
 * are ignored, so a client cannot choose its own address.
 */
final class ClientAddress {

	static final String UNKNOWN = "unknown";

	private ClientAddress() {
	}

	static String of(HttpServletRequest request) {
		String address = request.getRemoteAddr();
		return (address == null || address.isBlank()) ? UNKNOWN : address;
	}

	/** The current request's client, or {@value #UNKNOWN} outside a request. */
	static String current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return of(attributes.getRequest());
		}
		return UNKNOWN;
	}

}
