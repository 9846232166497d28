package org.crampwise.system;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * One bad field of a request: its name as the client sent it (for example {@code reliefsTried[1]}) and what is wrong
 * with it, as a message code with arguments ({@link #of}), resolved in the reader's language where it is shown: by
 * {@code ApiExceptionHandler} for the API's {@code errors} array and by {@link FormProblems} beside a page's field.
 * No English is built in Java: the text lives in a bundle (messages/problems.properties for the shared ones).
 * Arguments may themselves be {@link MessageSourceResolvable} (a localized word inside the message).
 */
public final class FieldProblem implements MessageSourceResolvable, Serializable {

	private static final long serialVersionUID = 1L;

	private final String field;

	private final @Nullable String code;

	private final Object @Nullable [] arguments;

	private final @Nullable String literal;

	private FieldProblem(String field, @Nullable String code, Object @Nullable [] arguments,
			@Nullable String literal) {
		this.field = Objects.requireNonNull(field, "field");
		this.code = code;
		this.arguments = arguments;
		this.literal = literal;
	}

	/**
	 * A problem already written as text, in one language.
	 * @deprecated build English nowhere in Java: use {@link #of(String, String, Object...)} with a bundle key and
	 * its arguments, so the message follows the reader's language. Kept only until every branch has moved over.
	 */
	@Deprecated
	public FieldProblem(String field, String message) {
		this(field, null, null, Objects.requireNonNull(message, "message"));
	}

	/**
	 * @param field the field as the client sent it
	 * @param code the message key (in a bundle under messages/, with its {@code _es} twin)
	 * @param arguments the values the message shows ({0}, {1}, ...); a {@link MessageSourceResolvable} is resolved too
	 */
	public static FieldProblem of(String field, String code, Object... arguments) {
		return new FieldProblem(field, Objects.requireNonNull(code, "code"), arguments.clone(), null);
	}

	/** The same problem said of another field (a form field that shows an API field's problem). */
	public FieldProblem onField(String otherField) {
		return new FieldProblem(otherField, this.code, this.arguments, this.literal);
	}

	@JsonProperty("field")
	public String field() {
		return this.field;
	}

	/** The message in the current request's language ({@link LocaleContextHolder}). */
	public String message(MessageSource messages) {
		return messages.getMessage(this, LocaleContextHolder.getLocale());
	}

	/**
	 * The message code, or {@code null} for a problem of the deprecated text form.
	 */
	@JsonIgnore
	public @Nullable String code() {
		return this.code;
	}

	/**
	 * The text of a problem of the deprecated form, else its code (never a message to show: resolve it with
	 * {@link #message(MessageSource)}).
	 * @deprecated resolve the problem in the reader's language with {@link #message(MessageSource)}
	 */
	@Deprecated
	@JsonIgnore
	public String message() {
		return (this.literal != null) ? this.literal : String.valueOf(this.code);
	}

	@Override
	@JsonIgnore
	public String @Nullable [] getCodes() {
		return (this.code != null) ? new String[] { this.code } : null;
	}

	@Override
	@JsonIgnore
	public Object @Nullable [] getArguments() {
		return (this.arguments != null) ? this.arguments.clone() : null;
	}

	@Override
	@JsonIgnore
	public @Nullable String getDefaultMessage() {
		return this.literal;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof FieldProblem that) && this.field.equals(that.field)
				&& Objects.equals(this.code, that.code) && Arrays.deepEquals(this.arguments, that.arguments)
				&& Objects.equals(this.literal, that.literal);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.field, this.code, this.literal);
	}

	@Override
	public String toString() {
		return this.field + " (" + ((this.code != null) ? this.code + Arrays.toString(this.arguments) : this.literal)
				+ ")";
	}

}
