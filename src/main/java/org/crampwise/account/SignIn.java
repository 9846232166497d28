package org.crampwise.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a user in from our own code (after registration), exactly as the sign-in form does: a new session id, the
 * security context in the session, and a remember-me device when the form asked for one.
 */
@Component
class SignIn {

	private final UserDetailsService users;

	private final ObjectProvider<DatabaseRememberMeServices> rememberMe;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SignIn(UserDetailsService users, ObjectProvider<DatabaseRememberMeServices> rememberMe) {
		this.users = users;
		this.rememberMe = rememberMe;
	}

	void signIn(String username, HttpServletRequest request, HttpServletResponse response) {
		UserDetails user = this.users.loadUserByUsername(username);
		Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.getAuthorities());
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		this.rememberMe.ifAvailable(services -> services.loginSuccess(request, response, authentication));
	}

}
