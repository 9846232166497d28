package org.crampwise.system;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import java.beans.PropertyEditor;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import org.springframework.web.servlet.support.BindStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.support.RequestContext;
import org.thymeleaf.spring6.context.IThymeleafBindStatus;
import org.thymeleaf.spring6.util.SpringSelectedValueComparator;
import org.thymeleaf.spring6.util.SpringValueFormatter;
import org.unbescape.html.HtmlEscape;

/**
 * A form's fields written in Java, where rendering them from templates was most of a page's cost (issue 11): each
 * field asks the form's binding once (the same {@link IThymeleafBindStatus} {@code th:field} and {@code #fields} ask),
 * and the texts that do not change per user come from the message bundles once per locale, already escaped.
 * Everything is escaped as {@code th:text} and Thymeleaf's attributes do ({@link HtmlEscape#escapeHtml4Xml}).
 * <p>
 * A page holds one instance (its texts' cache) and asks {@link #of} once per rendering, from the template:
 * {@code th:utext="${fields.html(springRequestContext)}"} (Spring's {@link RequestContext}: Thymeleaf's own
 * one cannot be passed to a method, as SpEL's conversion inspects its methods, one of which names a class Spring 7
 * no longer has).
 */
public final class FormFieldsHtml {

	private final Map<Locale, Map<String, String>> texts = new ConcurrentHashMap<>();

	/** One rendering of the form bound as {@code form} (its model attribute name). */
	public Rendering of(RequestContext context, String form) {
		return new Rendering(context, form,
				this.texts.computeIfAbsent(context.getLocale(), locale -> new ConcurrentHashMap<>()));
	}

	/** As {@code th:text} and Thymeleaf's attribute values escape. */
	public static String escape(String text) {
		return HtmlEscape.escapeHtml4Xml(text);
	}

	/**
	 * The hidden field Spring Security's {@code CsrfRequestDataValueProcessor} gives a {@code th:action} form, for a
	 * form written in Java; none without a token.
	 */
	public static String csrfField(@Nullable CsrfToken csrf) {
		return (csrf != null) ? "<input type=\"hidden\" name=\"" + escape(csrf.getParameterName()) + "\" value=\""
				+ escape(csrf.getToken()) + "\"/>" : "";
	}

	/** The fields of one form in one rendering. */
	public static final class Rendering {

		private final RequestContext context;

		private final String form;

		private final Map<String, String> texts;

		Rendering(RequestContext context, String form, Map<String, String> texts) {
			this.context = context;
			this.form = form;
			this.texts = texts;
		}

		/** The field's binding: its value, the value sent back, its errors. */
		public IThymeleafBindStatus status(String field) {
			return new Status(this.context.getBindStatus(this.form + "." + field, false));
		}

		/** The message {@code code} of the page's locale, escaped; a message without arguments. */
		public String text(String code) {
			return this.texts.computeIfAbsent(code, c -> escape(this.context.getMessage(c, (Object[]) null)));
		}

		/**
		 * The message {@code code} with arguments that are the same for every user (a label, a constant), escaped;
		 * {@code key} names the combination in the locale's cache.
		 */
		public String text(String key, String code, Object... arguments) {
			return this.texts.computeIfAbsent(key, k -> escape(this.context.getMessage(code, arguments)));
		}

		/** The message {@code code} with the message {@code argumentCode} as its one argument, escaped. */
		public String textOfText(String code, String argumentCode) {
			return this.texts.computeIfAbsent(code + "|" + argumentCode, k -> escape(
					this.context.getMessage(code, new Object[] { this.context.getMessage(argumentCode, (Object[]) null) })));
		}

		/** What {@code th:field} puts into a {@code number} input's value (the bound value, unconverted). */
		public static String numberValue(IThymeleafBindStatus status) {
			return SpringValueFormatter.getDisplayString(status.getActualValue(), true);
		}

		/**
		 * What {@code th:field} puts into the value of an input of any other type (text, date): the bound value
		 * through the field's editor or formatter, escaped.
		 */
		public static String value(IThymeleafBindStatus status) {
			return SpringValueFormatter.getDisplayString(status.getValue(), status.getEditor(), true);
		}

		/**
		 * The field as the shared {@code fragments/forms :: input(name, label, type, help, autocomplete)} renders it
		 * (label, input, help, errors), {@code labelCode} and {@code helpCode} being message codes.
		 */
		public void input(StringBuilder html, String name, String labelCode, String type, String helpCode,
				String autocomplete) {
			input(html, name, name, labelCode, type, text(helpCode), autocomplete);
		}

		/**
		 * The field as the shared {@code fragments/forms :: input} renders it under a {@code fieldId} of its own (a
		 * page with two forms with a field of the same name), with a help text already escaped, or none.
		 * @param id the input's id, and the start of its help's and errors' ids
		 * @param name the bound field
		 * @param labelCode the label's message code
		 * @param help the help text, HTML-escaped ({@link #text}), or null for none
		 */
		public void input(StringBuilder html, String id, String name, String labelCode, String type,
				@Nullable String help, String autocomplete) {
			IThymeleafBindStatus status = status(name);
			boolean invalid = status.isError();
			html.append(invalid ? "<div class=\"field field-invalid\">\n" : "<div class=\"field\">\n");
			html.append("<label for=\"").append(id).append("\">").append(text(labelCode)).append("</label>\n");
			html.append("<input id=\"")
				.append(id)
				.append("\" type=\"")
				.append(type)
				.append("\" autocomplete=\"")
				.append(autocomplete)
				.append("\" autocapitalize=\"none\" spellcheck=\"false\"");
			if (help != null || invalid) {
				html.append(" aria-describedby=\"");
				if (help != null) {
					html.append(id).append("-help");
				}
				if (invalid) {
					html.append((help != null) ? " " : "").append(id).append("-errors");
				}
				html.append('"');
			}
			html.append(" aria-invalid=\"")
				.append(invalid)
				.append("\" name=\"")
				.append(name)
				.append("\" value=\"")
				.append(("number".equals(type) || "range".equals(type)) ? numberValue(status) : value(status))
				.append("\">\n");
			if (help != null) {
				html.append("<p class=\"field-help\" id=\"").append(id).append("-help\">").append(help).append("</p>\n");
			}
			errors(html, id, status);
			html.append("</div>\n");
		}

		/**
		 * The alert above a form with any error, as {@code fragments/forms :: errorSummary} renders it; nothing when
		 * the form has none.
		 */
		public void errorSummary(StringBuilder html) {
			Errors errors = this.context.getErrors(this.form, false);
			if (errors != null && errors.hasErrors()) {
				html.append("<div class=\"flash flash-error\" role=\"alert\">")
					.append(text("form.errors.summary"))
					.append("</div>\n");
			}
		}

		/** The page's URL of {@code path} as {@code @{path}} makes it (context path, the response's encoding). */
		public String url(String path) {
			return escape(this.context.getContextUrl(path));
		}

		/** Whether {@code th:field} checks a radio or checkbox, or selects an option, of this value. */
		public static boolean selected(IThymeleafBindStatus status, String value) {
			return SpringSelectedValueComparator.isSelected(status, value);
		}

		/**
		 * The field's errors as the pages show them: {@code <p class="field-errors" id="ID-errors">} with one span per
		 * message; nothing when the field has none.
		 */
		public static void errors(StringBuilder html, String id, IThymeleafBindStatus status) {
			if (!status.isError()) {
				return;
			}
			html.append("<p class=\"field-errors\" id=\"").append(id).append("-errors\">\n");
			for (String message : status.getErrorMessages()) {
				html.append("<span>").append(escape(message)).append("</span>\n");
			}
			html.append("</p>\n");
		}

	}

	/** Spring's binding as Thymeleaf's processors see it (as Thymeleaf's own package-private wrapper does). */
	private record Status(BindStatus status) implements IThymeleafBindStatus {

		@Override
		public String getPath() {
			return this.status.getPath();
		}

		@Override
		public @Nullable String getExpression() {
			return this.status.getExpression();
		}

		@Override
		public @Nullable Object getValue() {
			return this.status.getValue();
		}

		@Override
		public @Nullable Class<?> getValueType() {
			return this.status.getValueType();
		}

		@Override
		public @Nullable Object getActualValue() {
			return this.status.getActualValue();
		}

		@Override
		public String getDisplayValue() {
			return this.status.getDisplayValue();
		}

		@Override
		public boolean isError() {
			return this.status.isError();
		}

		@Override
		public String[] getErrorCodes() {
			return this.status.getErrorCodes();
		}

		@Override
		public String getErrorCode() {
			return this.status.getErrorCode();
		}

		@Override
		public String[] getErrorMessages() {
			return this.status.getErrorMessages();
		}

		@Override
		public String getErrorMessage() {
			return this.status.getErrorMessage();
		}

		@Override
		public String getErrorMessagesAsString(String delimiter) {
			return this.status.getErrorMessagesAsString(delimiter);
		}

		@Override
		public @Nullable Errors getErrors() {
			return this.status.getErrors();
		}

		@Override
		public @Nullable PropertyEditor getEditor() {
			return this.status.getEditor();
		}

		@Override
		public @Nullable PropertyEditor findEditor(Class<?> valueClass) {
			return this.status.findEditor(valueClass);
		}

	}

}
