package org.crampwise.system;

import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The parts of every page that are the same for every page (the static files' links, the skip link and the site
 * header with its navigation), rendered from {@code fragments/site.html} once per language, roles and path and kept,
 * for {@code fragments/layout.html} ({@code ${@siteLayout.header()}}).
 * <p>
 * Evaluated on every request they were about half of what a light page's template cost: some twenty
 * {@code sec:authorize}, {@code th:href} and {@code th:text} expressions, each link through the static files' URL
 * encoding (issue 11, docs/operations.md "Running fast"). What they depend on is the whole key: the language, the
 * authentication's kind and authorities (all {@code sec:authorize} asks), the application's path and the dispatch
 * (an error page's links may be encoded differently), and whether the request has a CSRF token. The sign-out form's
 * CSRF token is the one thing that changes per request: the fragment is rendered with a placeholder token, which
 * each request replaces with its own.
 * <p>
 * A {@code @ControllerAdvice} (with no advice of its own) rather than a plain component because every page needs it,
 * so it must be a bean wherever pages are rendered, {@code @WebMvcTest} slices included, which take controller
 * advice and not components.
 */
@ControllerAdvice(name = "siteLayout")
public class SiteLayout {

	static final String ASSETS = "fragments/site :: assets";

	static final String HEADER = "fragments/site :: header";

	/** What the kept HTML holds in place of the sign-out form's CSRF token. */
	static final String CSRF_PLACEHOLDER = HtmlFragments.CSRF_PLACEHOLDER;

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	private final HtmlFragments fragments;

	private final Cache<Key, String> rendered = Caffeine.newBuilder().maximumSize(512).build();

	SiteLayout(ThymeleafViewResolver views) {
		this.fragments = new HtmlFragments(views);
	}

	/** The stylesheet, icon, manifest and script links, with the static files' versions in their URLs. */
	public String assets() {
		return html(ASSETS);
	}

	/** The skip link and the site header with the navigation the user's roles allow. */
	public String header() {
		return html(HEADER);
	}

	private String html(String fragment) {
		ServletRequestAttributes attributes = (RequestContextHolder
			.getRequestAttributes() instanceof ServletRequestAttributes servlet) ? servlet : null;
		HttpServletResponse response = (attributes != null) ? attributes.getResponse() : null;
		if (attributes == null || response == null) {
			throw new IllegalStateException("the site layout is rendered for a request");
		}
		HttpServletRequest request = attributes.getRequest();
		Key key = Key.of(fragment, LocaleContextHolder.getLocale(), request,
				request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken);
		String html = this.rendered.get(key, k -> this.fragments.renderShared(fragment, Map.of(), request, response));
		return HtmlFragments.withCsrfOf(request, html);
	}

	/** Everything the fragments' output depends on. */
	record Key(String fragment, Locale locale, String contextPath, DispatcherType dispatch, boolean csrf,
			String authentication, TreeSet<String> authorities) {

		static Key of(String fragment, Locale locale, HttpServletRequest request, boolean csrf) {
			Authentication auth = SecurityContextHolder.getContext().getAuthentication();
			String kind = (auth == null) ? "none" : TRUST.isAnonymous(auth) ? "anonymous"
					: TRUST.isRememberMe(auth) ? "remembered" : auth.isAuthenticated() ? "authenticated" : "unauthenticated";
			TreeSet<String> authorities = new TreeSet<>();
			if (auth != null) {
				for (GrantedAuthority authority : auth.getAuthorities()) {
					authorities.add(String.valueOf(authority.getAuthority()));
				}
			}
			return new Key(fragment, locale, request.getContextPath(), request.getDispatcherType(), csrf, kind,
					authorities);
		}

	}

}
