package org.crampwise.system;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.unbescape.html.HtmlEscape;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;

/**
 * Renders a Thymeleaf fragment of the current request to a string, through the same view the page itself is rendered
 * with (the same dialects, messages, links and their static-file versions), so that a page can keep the HTML of a part
 * that depends only on the owner's data in a {@link ReadModelCache} and insert it with {@code th:utext} instead of
 * evaluating hundreds of template expressions on every request (docs/operations.md, "Running fast"). The HTML is
 * the template's own output, escaped by the template.
 */
@Component
public class HtmlFragments {

	/**
	 * What HTML made for every request ({@link #renderShared}) holds in place of the request's CSRF token; no token
	 * or text contains it.
	 */
	public static final String CSRF_PLACEHOLDER = "crampwise-csrf-placeholder";

	/**
	 * Where a kept fragment leaves room for a part each request renders itself (tonight's experiment task on the home
	 * and check-in pages): {@link #renderSharedAround} splits the HTML there. Templates write it as an HTML comment.
	 */
	public static final String PER_REQUEST_MARK = "<!--per-request-->";

	private static final List<String> CSRF_ATTRIBUTES = List.of(CsrfToken.class.getName(), "_csrf");

	/** An attribute the fragment removed. */
	private static final Object REMOVED = new Object();

	private final ThymeleafViewResolver views;

	HtmlFragments(ThymeleafViewResolver views) {
		this.views = views;
	}

	/**
	 * The HTML of {@code view} ({@code "template :: fragment"}) with {@code model}, in the request's language.
	 * Nothing is written to {@code response}: only its URL encoding (the static files' versions) is used.
	 */
	public String render(String view, Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) {
		try {
			View resolved = this.views.resolveViewName(view, LocaleContextHolder.getLocale());
			if (resolved == null) {
				throw new IllegalStateException("no view " + view);
			}
			Capture capture = new Capture(response);
			resolved.render(model, request, capture);
			return capture.html();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("could not render " + view, ex);
		}
	}

	/**
	 * As {@link #render}, for HTML to be kept and served to other requests of the same user: the fragment sees the
	 * request's CSRF token as {@link #CSRF_PLACEHOLDER} (each request puts its own in with {@link #withCsrfOf}), and
	 * the attributes it sets (Thymeleaf keeps a template's variables in the request's attributes) stay its own, so
	 * the page being rendered around it finds its own unchanged.
	 */
	public String renderShared(String view, Map<String, ?> model, HttpServletRequest request,
			HttpServletResponse response) {
		CsrfToken csrf = (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) ? token : null;
		return render(view, model, isolated(request, csrf), response);
	}

	/**
	 * As {@link #renderShared}, split at the fragment's {@link #PER_REQUEST_MARK}.
	 * @throws IllegalStateException when the fragment has no mark
	 */
	public Around renderSharedAround(String view, Map<String, ?> model, HttpServletRequest request,
			HttpServletResponse response) {
		String html = renderShared(view, model, request, response);
		int at = html.indexOf(PER_REQUEST_MARK);
		if (at < 0) {
			throw new IllegalStateException(view + " has no " + PER_REQUEST_MARK);
		}
		return new Around(html.substring(0, at), html.substring(at + PER_REQUEST_MARK.length()));
	}

	/** Kept HTML before and after its {@link #PER_REQUEST_MARK}. */
	public record Around(String before, String after) {
	}

	/** Shared HTML ({@link #renderShared}) with the request's own CSRF token in place of the placeholder. */
	public static String withCsrfOf(HttpServletRequest request, String html) {
		int at = html.indexOf(CSRF_PLACEHOLDER);
		if (at < 0 || !(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf)) {
			return html;
		}
		// the token masked once; String.replace sizes its result first and copies the page once, where a builder
		// grew, widened to two bytes a character at the page's first non-Latin-1 one and was copied again (most of
		// what /profile allocated, issue 11)
		return html.replace(CSRF_PLACEHOLDER, HtmlEscape.escapeHtml4Xml(csrf.getToken()));
	}

	/**
	 * The request as a shared fragment sees it (see {@link #renderShared}).
	 */
	private static HttpServletRequest isolated(HttpServletRequest request, @Nullable CsrfToken csrf) {
		CsrfToken placeholder = (csrf == null) ? null : new Placeholder(csrf);
		Map<String, Object> own = new HashMap<>();
		return new HttpServletRequestWrapper(request) {
			@Override
			public @Nullable Object getAttribute(String name) {
				if (own.containsKey(name)) {
					Object value = own.get(name);
					return (value == REMOVED) ? null : value;
				}
				return (placeholder != null && CSRF_ATTRIBUTES.contains(name)) ? placeholder : super.getAttribute(name);
			}

			@Override
			public Enumeration<String> getAttributeNames() {
				Set<String> names = new LinkedHashSet<>(Collections.list(super.getAttributeNames()));
				own.forEach((name, value) -> {
					if (value == REMOVED) {
						names.remove(name);
					}
					else {
						names.add(name);
					}
				});
				return Collections.enumeration(names);
			}

			@Override
			public void setAttribute(String name, @Nullable Object value) {
				own.put(name, (value == null) ? REMOVED : value);
			}

			@Override
			public void removeAttribute(String name) {
				own.put(name, REMOVED);
			}
		};
	}

	/**
	 * The request's token as a shared fragment sees it: {@link #CSRF_PLACEHOLDER}, with the real token's header and
	 * parameter names asked for only when a form needs them. The request's token is deferred: asking its names loads
	 * it, which saves a new one in a new session, so a visitor's first page without a form (a share link's report)
	 * would leave a session row behind.
	 */
	static final class Placeholder implements CsrfToken {

		private static final long serialVersionUID = 1L;

		private final CsrfToken real;

		Placeholder(CsrfToken real) {
			this.real = real;
		}

		@Override
		public String getHeaderName() {
			return this.real.getHeaderName();
		}

		@Override
		public String getParameterName() {
			return this.real.getParameterName();
		}

		@Override
		public String getToken() {
			return CSRF_PLACEHOLDER;
		}

	}

	/** A response that keeps what is written and leaves the real response's headers alone. */
	private static final class Capture extends HttpServletResponseWrapper {

		private final StringWriter html = new StringWriter(16_384);

		private final PrintWriter writer = new PrintWriter(this.html);

		Capture(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() {
			return this.writer;
		}

		@Override
		public ServletOutputStream getOutputStream() {
			throw new UnsupportedOperationException("a fragment is written as text");
		}

		@Override
		public void setContentType(String type) {
		}

		@Override
		public void setCharacterEncoding(String charset) {
		}

		@Override
		public void setLocale(Locale locale) {
		}

		@Override
		public void setContentLength(int length) {
		}

		@Override
		public void setContentLengthLong(long length) {
		}

		@Override
		public void setHeader(String name, String value) {
		}

		@Override
		public void addHeader(String name, String value) {
		}

		@Override
		public void flushBuffer() {
			this.writer.flush();
		}

		@Override
		public void resetBuffer() {
			this.writer.flush();
			this.html.getBuffer().setLength(0);
		}

		@Override
		public void reset() {
			resetBuffer();
		}

		@Override
		public boolean isCommitted() {
			return false;
		}

		String html() {
			this.writer.flush();
			return this.html.toString();
		}

	}

}
