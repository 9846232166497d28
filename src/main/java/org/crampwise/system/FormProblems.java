package org.crampwise.system;

import java.util.Collection;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The one way a page controller puts the problems of a broken rule on its form: each {@link FieldProblem} is
 * resolved in the reader's language (the request's locale, as the API's problem handler does) and shown beside its
 * field as a sentence ("Must be between 0 and 10."); a problem of a field the form does not have is shown above the
 * form. The first problem of a field wins, so a field never shows two.
 *
 * <pre>
 * catch (InvalidInputException ex) {
 *     FormProblems.reject(result, ex.problems());                 // same field names as the API
 *     FormProblems.reject(result, ex.problems(), MyForm::field);  // API field -&gt; form field (null: above the form)
 * }
 * </pre>
 */
public final class FormProblems {

	/** The error code of a rejected field; its message is the resolved problem, so no bundle holds this code. */
	static final String CODE = "rule";

	private FormProblems() {
	}

	/** Puts every problem on the form field of the same name as the API field. */
	public static void reject(BindingResult result, Collection<FieldProblem> problems) {
		reject(result, problems, UnaryOperator.identity());
	}

	/**
	 * Puts every problem on the form field {@code formField} names for its API field; where it names none
	 * ({@code null}) or the form has no such field, the problem is shown above the form.
	 */
	public static void reject(BindingResult result, Collection<FieldProblem> problems,
			UnaryOperator<@Nullable String> formField) {
		reject(result, problems, formField, CODE);
	}

	/**
	 * As {@link #reject(BindingResult, Collection, UnaryOperator)}, with the form's own error code: a page may word a
	 * field's problem itself with a key {@code <errorCode>.<field>} (the binder's message codes), else the
	 * problem's own message shows.
	 */
	public static void reject(BindingResult result, Collection<FieldProblem> problems,
			UnaryOperator<@Nullable String> formField, String errorCode) {
		for (FieldProblem problem : problems) {
			String field = formField.apply(problem.field());
			String text = sentence(problem);
			if (field == null) {
				result.reject(errorCode, text);
				continue;
			}
			if (result.hasFieldErrors(field)) {
				continue;
			}
			try {
				result.rejectValue(field, errorCode, text);
			}
			catch (NotReadablePropertyException ex) {
				result.reject(errorCode, text);
			}
		}
	}

	/** A conflict (a name taken) beside its field. */
	public static void reject(BindingResult result, ConflictException conflict) {
		reject(result, java.util.List.of(conflict.problem()));
	}

	/** The problem in the reader's language, as a sentence: first letter capital, a full stop at the end. */
	public static String sentence(FieldProblem problem) {
		return sentence(message(problem, LocaleContextHolder.getLocale()));
	}

	/** The problem in the given language, as the API says it. */
	public static String message(FieldProblem problem, Locale locale) {
		try {
			return messages().getMessage(problem, locale);
		}
		catch (NoSuchMessageException ex) {
			return problem.message();
		}
	}

	/** The application's messages: those of the web application context of the current request. */
	private static MessageSource messages() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			WebApplicationContext context = RequestContextUtils.findWebApplicationContext(attributes.getRequest());
			if (context != null) {
				return context;
			}
		}
		throw new IllegalStateException("FormProblems is for page controllers: no request is being handled");
	}

	/** "must be 0 to 10" as "Must be 0 to 10.". */
	public static String sentence(String message) {
		if (message.isEmpty()) {
			return message;
		}
		String text = message.substring(0, message.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT)
				+ message.substring(message.offsetByCodePoints(0, 1));
		return (text.endsWith(".") || text.endsWith("?") || text.endsWith("!")) ? text : text + ".";
	}

}
