package org.crampwise.system;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.context.i18n.LocaleContextHolder;
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
