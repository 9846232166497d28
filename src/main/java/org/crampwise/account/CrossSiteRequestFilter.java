package org.crampwise.account;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import org.crampwise.system.PublicBaseUrl;

/**
 * Refuses a state-changing API request that the browser says comes from another site: {@code Sec-Fetch-Site} of
 * {@code cross-site} or {@code same-site}, or an {@code Origin} that is not ours. Decided by what the browser says,
 * not by content type, so a multipart upload from our own page passes and a form posted from elsewhere does not,
 * whatever credentials the browser would attach. Scripts (curl, a token) send neither header and pass.
 */
class CrossSiteRequestFilter extends OncePerRequestFilter {

	private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final PublicBaseUrl publicBaseUrl;

	CrossSiteRequestFilter(PublicBaseUrl publicBaseUrl) {
		this.publicBaseUrl = publicBaseUrl;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!SAFE.contains(request.getMethod()) && crossSite(request)) {
			SecurityProblems.write(response, HttpStatus.FORBIDDEN,
					"Forbidden: the API takes changes only from this site's own pages or from scripts.");
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean crossSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null && (site.equalsIgnoreCase("cross-site") || site.equalsIgnoreCase("same-site"))) {
			return true;
		}
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		return origin != null && !origin.equalsIgnoreCase(this.publicBaseUrl.origin(request));
	}

}
