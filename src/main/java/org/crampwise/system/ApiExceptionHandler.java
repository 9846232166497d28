package org.crampwise.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;

/**
 * Turns every failure of a JSON API call into an RFC 9457 problem detail. Validation failures carry an
 * {@code errors} array with one {@code {field, message}} per bad field; bad JSON names the field it broke on. Limited
 * to {@link RestController}s: pages keep the HTML error page.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	static final String ERRORS = "errors";

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<Object> handleInvalidInput(InvalidInputException ex, WebRequest request) {
		ProblemDetail body = validationProblem(ex.problems());
		return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler(ResourceNotFoundException.class)
	ResponseEntity<Object> handleNotFound(ResourceNotFoundException ex, WebRequest request) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, resolve(ex));
		return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatus.NOT_FOUND, request);
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<Object> handleConflict(ConflictException ex, WebRequest request) {
		String message = resolve(ex.problem());
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message);
		body.setProperty(ERRORS, List.of(new ShownProblem(ex.field(), message)));
		return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatus.CONFLICT, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach(error -> problems.add(FieldProblem.of(error.getField(), SAID, message(error))));
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(error -> problems.add(FieldProblem.of(error.getObjectName(), SAID, message(error))));
		return handleExceptionInternal(ex, validationProblem(problems), headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		for (ParameterValidationResult result : ex.getParameterValidationResults()) {
			if (result instanceof ParameterErrors errors) {
				errors.getFieldErrors()
					.forEach(error -> problems.add(FieldProblem.of(error.getField(), SAID, message(error))));
			}
			else {
				String name = result.getMethodParameter().getParameterName();
				result.getResolvableErrors()
					.forEach(error -> problems.add(FieldProblem.of(name == null ? "parameter" : name, SAID, message(error))));
			}
		}
		return handleExceptionInternal(ex, validationProblem(problems), headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: String.valueOf(ex.getPropertyName());
		Class<?> type = ex.getRequiredType();
		MessageSourceResolvable expected = (type == null) ? code("problem.type.any") : describe(type);
		StoredText.RefusedTextException refused = causeOfType(ex, StoredText.RefusedTextException.class);
		FieldProblem problem = (refused != null) ? refused.problemOf(field)
				: FieldProblem.of(field, "problem.mustBe", expected);
		ProblemDetail body = validationProblem(List.of(problem));
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
			MissingServletRequestParameterException ex, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		ProblemDetail body = validationProblem(
				List.of(FieldProblem.of(ex.getParameterName(), "problem.required")));
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (causeOfType(ex, RequestBodyTooLargeException.class) != null) {
			ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
					text("problem.body.tooLarge"));
			return handleExceptionInternal(ex, body, headers, HttpStatus.CONTENT_TOO_LARGE, request);
		}
		JacksonException jackson = causeOfType(ex, JacksonException.class);
		if (jackson == null) {
			ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					text("problem.body.unreadable"));
			return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
		}
		String field = path(jackson);
		MessageSourceResolvable message;
		String duplicate = duplicateKey(jackson);
		if (jackson instanceof StrictJsonConfiguration.RefusedValueException refused) {
			message = refused.reason();
		}
		else if (duplicate != null) {
			message = code("problem.duplicate");
			field = field.isEmpty() ? duplicate : field + "." + duplicate;
		}
		else if (jackson instanceof PropertyBindingException unknown) {
			message = code("problem.unknownField");
			field = field.isEmpty() ? unknown.getPropertyName() : field;
		}
		else if (jackson instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			message = (jackson instanceof InvalidFormatException invalid && invalid.getValue() != null)
					? code("problem.mustBe.got", describe(mismatch.getTargetType()), String.valueOf(invalid.getValue()))
					: code("problem.mustBe", describe(mismatch.getTargetType()));
		}
		else {
			message = code("problem.notJson");
		}
		if (field.isEmpty()) {
			ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					text("problem.body.notJson"));
			return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
		}
		return handleExceptionInternal(ex, validationProblem(List.of(FieldProblem.of(field, SAID, message))), headers,
				HttpStatus.BAD_REQUEST, request);
	}


	/**
	 * The problem document of bad input, every message resolved in the request's language: the {@code errors}
	 * array holds one {@code {field, message}} per problem.
	 */
	ProblemDetail validationProblem(List<FieldProblem> problems) {
		String fields = problems.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", "));
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				text("problem.detail.invalid", fields));
		body.setTitle(text("problem.title.invalid"));
		body.setProperty(ERRORS, problems.stream().map(p -> new ShownProblem(p.field(), resolve(p))).toList());
		return body;
	}

	/** A problem's message in the request's language; its code when a bundle lacks it (a test keeps them all). */
	private String resolve(MessageSourceResolvable problem) {
		try {
			return this.messages.getMessage(problem, LocaleContextHolder.getLocale());
		}
		catch (NoSuchMessageException ex) {
			String[] codes = problem.getCodes();
			return (codes != null && codes.length > 0) ? codes[0] : "is invalid";
		}
	}

	private String text(String code, Object... arguments) {
		return resolve(code(code, arguments));
	}

	/** One bad field as the API shows it. */
	record ShownProblem(String field, String message) {
	}

	/** The code of a problem whose message is one argument, already a message ({@code {0}}). */
	private static final String SAID = "problem.said";

	private static MessageSourceResolvable code(String code, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { code }, arguments);
	}

	/**
	 * A validation or binding error as a message: Bean Validation's is already in the request's language (its
	 * {@code {key}} templates come from the bundles); a binding failure says what the value should have been.
	 */
	private static MessageSourceResolvable message(MessageSourceResolvable error) {
		if (error instanceof FieldError fieldError && fieldError.isBindingFailure()) {
			StoredText.RefusedTextException refused = fieldError.contains(Throwable.class)
					? causeOfType(fieldError.unwrap(Throwable.class), StoredText.RefusedTextException.class) : null;
			return (refused != null) ? refused.reason() : code("problem.mustBe", expectedType(fieldError));
		}
		String message = error.getDefaultMessage();
		return (message != null) ? code(SAID, message) : code("problem.invalid");
	}

	/** What a query parameter bound into a record should have been, from the binder's "typeMismatch.TYPE" code. */
	private static MessageSourceResolvable expectedType(FieldError error) {
		String[] codes = error.getCodes();
		if (codes != null) {
			for (String code : codes) {
				if (code.startsWith("typeMismatch.java.")) {
					try {
						return describe(Class.forName(code.substring("typeMismatch.".length())));
					}
					catch (ClassNotFoundException ex) {
						// not a type name: try the next code
					}
				}
			}
		}
		return code("problem.type.any");
	}

	/** The key given twice in one JSON object (refused by the reader), or null. */
	private static @Nullable String duplicateKey(JacksonException ex) {
		String message = ex.getOriginalMessage();
		String prefix = "Duplicate Object property \"";
		if (ex instanceof tools.jackson.core.exc.StreamReadException && message != null
				&& message.startsWith(prefix)) {
			int end = message.indexOf('"', prefix.length());
			return (end > 0) ? message.substring(prefix.length(), end) : null;
		}
		return null;
	}

	/** The JSON path of the failure, as {@code a.b[2].c}. */
	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	/** What a value of this type is, as a message ("a whole number", "one of CALF, FOOT, ..."). */
	static MessageSourceResolvable describe(Class<?> type) {
		if (type.isEnum()) {
			return code("problem.type.oneOf", Arrays.stream(type.getEnumConstants())
				.map(constant -> ((Enum<?>) constant).name())
				.collect(Collectors.joining(", ")));
		}
		return switch (type.getSimpleName()) {
			case "int", "Integer", "long", "Long", "short", "Short" -> code("problem.type.wholeNumber");
			case "double", "Double", "float", "Float", "BigDecimal" -> code("problem.type.number");
			case "boolean", "Boolean" -> code("problem.type.boolean");
			case "LocalDate" -> DateBounds.date();
			case "OffsetDateTime", "ZonedDateTime", "Instant" -> DateBounds.time();
			case "String" -> code("problem.type.string");
			case "List", "Set", "Collection" -> code("problem.type.list");
			default -> code("problem.type.other", type.getSimpleName());
		};
	}

	private static <T extends Throwable> @Nullable T causeOfType(Throwable ex, Class<T> type) {
		Throwable current = ex;
		while (current != null) {
			if (type.isInstance(current)) {
				return type.cast(current);
			}
			current = (current.getCause() == current) ? null : current.getCause();
		}
		return null;
	}

}
