package org.crampwise.account;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a password attempt (an HTTP Basic header, or the sign-in form) from a client address that has failed too
 * often, before the password is hashed: the API answers {@code 429} with {@code Retry-After} as a problem document,
 * the sign-in form returns to the page with a message. Sessions and API tokens of that address are not affected.
 */
class PasswordAttemptFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	PasswordAttemptFilter(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean basic = SecurityProblems.triesBasic(request);
		boolean form = "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
		if (basic || form) {
			Duration left = this.throttle.addressLockLeft(ClientAddress.of(request));
			if (!left.isZero()) {
				long seconds = Math.max(1, left.toSeconds() + ((left.toNanosPart() > 0) ? 1 : 0));
				if (form) {
					response.sendRedirect(request.getContextPath() + "/login?throttled");
					return;
				}
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
				SecurityProblems.write(response, HttpStatus.TOO_MANY_REQUESTS,
						"Too many failed sign-ins from this address; try again in " + seconds + " seconds.");
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
