package org.crampwise.account;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring Security's default CSRF handling (the masked token), except that the API takes the token only from the
 * {@code X-CSRF-TOKEN} header or a form field of the body, never from the query string, where it would end up in
 * access logs and browser history.
 */
final class BodyOnlyCsrfTokenRequestHandler implements CsrfTokenRequestHandler {

	private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
		this.delegate.handle(request, response, csrfToken);
	}

	@Override
	public @Nullable String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
		String query = request.getQueryString();
		String name = csrfToken.getParameterName();
		if (query == null || !(query.startsWith(name + "=") || query.contains("&" + name + "="))) {
			return this.delegate.resolveCsrfTokenValue(request, csrfToken);
		}
		// the name is in the query: a body field of the same name cannot be told apart, so only the header counts
		return this.delegate.resolveCsrfTokenValue(new HttpServletRequestWrapper(request) {
			@Override
			public @Nullable String getParameter(String parameter) {
				return name.equals(parameter) ? null : super.getParameter(parameter);
			}
		}, csrfToken);
	}

}
