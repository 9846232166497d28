package org.crampwise.share;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers of every {@code /share/**} response, pages, files and error pages alike: not indexed
 * ({@code X-Robots-Tag}), not stored by any cache ({@code Cache-Control: no-store}), and no {@code Referer} sent when
 * the clinician follows a link from the page ({@code Referrer-Policy: no-referrer}; the URL holds the token). They
 * are set before the controller runs, so Spring Security's header writer, which only adds headers that are not
 * there yet, keeps them instead of its defaults.
 */
@Component
class ShareHeadersFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !path.startsWith(ShareUrls.PATH);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader(HttpHeaders.PRAGMA, "no-cache");
		chain.doFilter(request, response);
	}

}
