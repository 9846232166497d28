package org.crampwise.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import org.crampwise.system.PublicBaseUrl;

/**
 * Two filter chains. {@code /api/**} takes HTTP Basic (stateless, no CSRF token needed) or the page's session cookie
 * (CSRF token required for changes) and answers 401/403 as problem details. Everything else is the page chain with
 * form login. Both send the same security headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** No inline script or style anywhere: every script and stylesheet is a file of our own. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** Pages anyone may open without signing in. */
	static final String[] PUBLIC_PAGES = { "/", "/register", "/login", "/recover", "/remedies", "/share/**", "/error",
			"/error/**", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/manifest.webmanifest",
			"/cramp-now-sw.js", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
			"/swagger-ui.html", "/swagger-ui/**",
			// reminders: the calendar feed, opened by calendar apps with its secret token and no sign-in
			"/reminders/calendar/**" };

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt today, and stored hashes carry their algorithm id so a stronger one can take over gradually
		// and only a few hashes at once, so a flood of Basic calls cannot take every core
		return new BoundedPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder(),
				BoundedPasswordEncoder.defaultAtOnce());
	}

	/**
	 * No Micrometer observation of Spring Security's filter chain, sign-ins or authorization decisions. The property
	 * {@code management.observations.enable.spring.security=false} only makes each observation a no-op: the chain
	 * stays wrapped in {@code ObservationFilterChainDecorator}, which still puts a wrapper around every one of its
	 * ~15 filters on every request (a fifth of a simple page in a JFR profile, issue 11). With these settings Spring
	 * Security builds the plain chain. The request observation ({@code http.server.requests}) and the actuator stay.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ObjectProvider<LoginThrottle> throttle,
			ObjectProvider<ApiTokens> tokens, ObjectProvider<PublicBaseUrl> publicBaseUrl) throws Exception {
		RequestMatcher register = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/account");
		RequestMatcher basicAuthenticated = SecurityProblems::triesBasic;
		// cross-site refusal, the per-address password limit and API tokens: classes of their own
		http.addFilterBefore(new CrossSiteRequestFilter(publicBaseUrl.getIfAvailable(() -> new PublicBaseUrl(""))),
				CsrfFilter.class);
		throttle.ifAvailable(t -> http.addFilterBefore(new PasswordAttemptFilter(t), BasicAuthenticationFilter.class));
		tokens.ifAvailable(t -> http.addFilterBefore(new BearerTokenFilter(t), BasicAuthenticationFilter.class));
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(register)
				.permitAll()
				.requestMatchers(RoleRules.CLINICIAN_API)
				.hasRole(Role.CLINICIAN.name())
				.requestMatchers(RoleRules.PATIENT_API)
				.hasRole(Role.PATIENT.name())
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::unauthorized))
			.csrf(csrf -> csrf.ignoringRequestMatchers(basicAuthenticated, SecurityProblems::triesBearer, register)
				.csrfTokenRequestHandler(new BodyOnlyCsrfTokenRequestHandler()))
			// an API call never starts a session: no saved request to return to after a 401
			.requestCache(cache -> cache.disable())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(SecurityConfiguration::unauthorized)
				.accessDeniedHandler((request, response, ex) -> {
					if (!signedIn()) {
						// an unsigned write without a CSRF token is refused for want of credentials first
						unauthorized(request, response, null);
						return;
					}
					problem(response, HttpStatus.FORBIDDEN,
							(ex instanceof org.springframework.security.web.csrf.CsrfException)
									? "Forbidden: a request signed in by cookie needs a valid CSRF token."
									: "Forbidden: this account's role (patient or clinician) may not use this endpoint.");
				}))
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http, ObjectProvider<DatabaseRememberMeServices> rememberMe,
			ObjectProvider<LoginThrottle> throttle) throws Exception {
		throttle.ifAvailable(
				t -> http.addFilterBefore(new PasswordAttemptFilter(t), UsernamePasswordAuthenticationFilter.class));
		http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PAGES)
			.permitAll()
			.requestMatchers("/actuator/**")
			.denyAll()
			.requestMatchers(RoleRules.CLINICIAN_PAGES)
			.hasRole(Role.CLINICIAN.name())
			.requestMatchers(RoleRules.PATIENT_PAGES)
			.hasRole(Role.PATIENT.name())
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.successHandler(SignInFlow.successHandler())
				.failureHandler(SignInFlow.failureHandler())
				.permitAll())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(SignInFlow.entryPoint()))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.csrf(csrf -> csrf.csrfTokenRequestHandler(CsrfMasking.handler()))
			.headers(SecurityConfiguration::headers);
		// "keep me signed in on this device" (absent in web-slice tests, which load no account services)
		rememberMe.ifAvailable(services -> configureRememberMe(http, services));
		return http.build();
	}

	private static void configureRememberMe(HttpSecurity http, DatabaseRememberMeServices services) {
		try {
			http.rememberMe(remember -> remember.rememberMeServices(services).key(services.getKey()));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
			.contentTypeOptions(Customizer.withDefaults())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"));
	}

	private static void unauthorized(HttpServletRequest request, HttpServletResponse response,
			org.springframework.security.core.@Nullable AuthenticationException ex) throws IOException {
		// only a request that tried Basic is invited to again: a browser must not learn to send cached credentials
		if (SecurityProblems.triesBasic(request)) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Crampwise\"");
		}
		problem(response, HttpStatus.UNAUTHORIZED,
				"Sign in: an API token (Authorization: Bearer), HTTP Basic, or the page's session.");
	}

	private static boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		SecurityProblems.write(response, status, detail);
	}

}
