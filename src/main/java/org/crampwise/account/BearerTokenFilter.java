package org.crampwise.account;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API request in by {@code Authorization: Bearer <token>} (see {@link ApiTokens}), for this request only
 * (no session). An unknown, expired or revoked token is {@code 401}; a {@code READ} token is {@code 403} on any method
 * but GET, and no token may make or revoke tokens (that takes the password or the page's session).
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	BearerTokenFilter(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !SecurityProblems.triesBearer(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String secret = request.getHeader("Authorization").substring(7).strip();
		Optional<ApiTokenRepository.Bearer> found = this.tokens.authenticate(secret);
		if (found.isEmpty()) {
			response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
			SecurityProblems.write(response, HttpStatus.UNAUTHORIZED,
					"The API token is unknown, expired or revoked.");
			return;
		}
		ApiTokenRepository.Bearer bearer = found.get();
		boolean tokenManagement = request.getServletPath().startsWith(TokenApiController.PATH)
				&& !"GET".equals(request.getMethod());
		if ((bearer.scope() == TokenScope.READ && !"GET".equals(request.getMethod())) || tokenManagement) {
			SecurityProblems.write(response, HttpStatus.FORBIDDEN, tokenManagement
					? "Forbidden: tokens are made and revoked with the password or on the tokens page, not with a token."
					: "Forbidden: a READ token may only GET.");
			return;
		}
		AccountPrincipal principal = new AccountPrincipal(new AccountId(bearer.accountId()), bearer.username(), "",
				false, bearer.role());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
