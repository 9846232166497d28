package org.crampwise.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * How the page chain sends people to the sign-in page, so the page can say why it appears: {@code /login?expired}
 * when the browser's session has ended (timed out, signed out elsewhere, password changed), and after a wrong
 * password the typed username comes back in the form. A sign-in stores the session's new CSRF token itself.
 */
final class SignInFlow {

	/** Session attribute: the username typed in the last failed sign-in, shown again in the form. */
	static final String LAST_USERNAME = "crampwise.login.username";

	private SignInFlow() {
	}

	static LoginUrlAuthenticationEntryPoint entryPoint() {
		return new LoginUrlAuthenticationEntryPoint("/login") {
			@Override
			protected String determineUrlToUseForThisRequest(HttpServletRequest request, HttpServletResponse response,
					AuthenticationException exception) {
				boolean ended = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
				return ended ? "/login?expired" : "/login";
			}
		};
	}

	/**
	 * After a sign-in, to the page asked for before it or home, with the session's new CSRF token made and stored in
	 * the sign-in's own request. Spring Security replaces the token at sign-in but makes the new one only when a page
	 * first needs it: the pages a browser then asks for at once (several tabs, or the benchmark's 32 clients) each made
	 * one and each inserted it into the session's attributes, and all but the first failed on the attributes' primary
	 * key with a 500 (seen in the logs under load, issue 11).
	 */
	static SavedRequestAwareAuthenticationSuccessHandler successHandler() {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws IOException, ServletException {
				if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
					token.getToken();
				}
				super.onAuthenticationSuccess(request, response, authentication);
			}
		};
		handler.setDefaultTargetUrl("/");
		return handler;
	}

	static SimpleUrlAuthenticationFailureHandler failureHandler() {
		return new SimpleUrlAuthenticationFailureHandler("/login?error") {
			@Override
			public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
					AuthenticationException exception) throws IOException, ServletException {
				String username = request.getParameter("username");
				if (username != null && username.length() <= 100) {
					request.getSession().setAttribute(LAST_USERNAME, username);
				}
				super.onAuthenticationFailure(request, response, exception);
			}
		};
	}

}
