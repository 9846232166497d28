package org.crampwise.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * How the page chain sends people to the sign-in page, so the page can say why it appears: {@code /login?expired}
 * when the browser's session has ended (timed out, signed out elsewhere, password changed), and after a wrong
 * password the typed username comes back in the form.
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
