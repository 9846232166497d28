package org.crampwise.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSourceResolvable;
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

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<Object> handleInvalidInput(InvalidInputException ex, WebRequest request) {
		ProblemDetail body = validationProblem(ex.problems());
		return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler(ResourceNotFoundException.class)
	ResponseEntity<Object> handleNotFound(ResourceNotFoundException ex, WebRequest request) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatus.NOT_FOUND, request);
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<Object> handleConflict(ConflictException ex, WebRequest request) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		body.setProperty(ERRORS, List.of(new FieldProblem(ex.field(), ex.getMessage())));
		return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatus.CONFLICT, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach(error -> problems.add(new FieldProblem(error.getField(), message(error))));
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(error -> problems.add(new FieldProblem(error.getObjectName(), message(error))));
		return handleExceptionInternal(ex, validationProblem(problems), headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		for (ParameterValidationResult result : ex.getParameterValidationResults()) {
			if (result instanceof ParameterErrors errors) {
				errors.getFieldErrors()
					.forEach(error -> problems.add(new FieldProblem(error.getField(), message(error))));
			}
			else {
				String name = result.getMethodParameter().getParameterName();
				result.getResolvableErrors()
					.forEach(error -> problems.add(new FieldProblem(name == null ? "parameter" : name, message(error))));
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
		String expected = (type == null) ? "a valid value" : describe(type);
		StoredText.RefusedTextException refused = causeOfType(ex, StoredText.RefusedTextException.class);
		String message = (refused != null) ? refused.getMessage() : "must be " + expected;
		ProblemDetail body = validationProblem(List.of(new FieldProblem(field, message)));
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
			MissingServletRequestParameterException ex, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		ProblemDetail body = validationProblem(List.of(new FieldProblem(ex.getParameterName(), "is required")));
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (causeOfType(ex, RequestBodyTooLargeException.class) != null) {
			ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
					"The request body is too large.");
			return handleExceptionInternal(ex, body, headers, HttpStatus.CONTENT_TOO_LARGE, request);
		}
		JacksonException jackson = causeOfType(ex, JacksonException.class);
		if (jackson == null) {
			ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"The request body is missing or cannot be read.");
			return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
		}
		String field = path(jackson);
		String message;
		String duplicate = duplicateKey(jackson);
		if (jackson instanceof StrictJsonConfiguration.RefusedValueException refused) {
			message = refused.reason();
		}
		else if (duplicate != null) {
			message = "is given more than once";
			field = field.isEmpty() ? duplicate : field + "." + duplicate;
		}
		else if (jackson instanceof PropertyBindingException unknown) {
			message = "is not a known field";
			field = field.isEmpty() ? unknown.getPropertyName() : field;
		}
		else if (jackson instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			message = "must be " + describe(mismatch.getTargetType());
			if (jackson instanceof InvalidFormatException invalid && invalid.getValue() != null) {
				message = message + " (got '" + invalid.getValue() + "')";
			}
		}
		else {
			message = "is not valid JSON here";
		}
		if (field.isEmpty()) {
			ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"The request body is not valid JSON for this resource.");
			return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
		}
		return handleExceptionInternal(ex, validationProblem(List.of(new FieldProblem(field, message))), headers,
				HttpStatus.BAD_REQUEST, request);
	}


	static ProblemDetail validationProblem(List<FieldProblem> problems) {
		String fields = problems.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", "));
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid input: " + fields + ".");
		body.setTitle("Invalid input");
		body.setProperty(ERRORS, List.copyOf(problems));
		return body;
	}

	private static String message(MessageSourceResolvable error) {
		String message = error.getDefaultMessage();
		if (error instanceof FieldError fieldError && fieldError.isBindingFailure()) {
			StoredText.RefusedTextException refused = fieldError.contains(Throwable.class)
					? causeOfType(fieldError.unwrap(Throwable.class), StoredText.RefusedTextException.class) : null;
			return (refused != null) ? refused.getMessage() : "must be " + expectedType(fieldError);
		}
		return (message != null) ? message : "is invalid";
	}

	/** What a query parameter bound into a record should have been, from the binder's "typeMismatch.TYPE" code. */
	private static String expectedType(FieldError error) {
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
		return "of the right type and format";
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

	private static String describe(Class<?> type) {
		if (type.isEnum()) {
			return "one of " + Arrays.stream(type.getEnumConstants())
				.map(constant -> ((Enum<?>) constant).name())
				.collect(Collectors.joining(", "));
		}
		return switch (type.getSimpleName()) {
			case "int", "Integer", "long", "Long", "short", "Short" -> "a whole number";
			case "double", "Double", "float", "Float", "BigDecimal" -> "a number";
			case "boolean", "Boolean" -> "true or false";
			case "LocalDate" -> DateBounds.DATE;
			case "OffsetDateTime", "ZonedDateTime", "Instant" -> DateBounds.TIME;
			case "String" -> "a string";
			case "List", "Set", "Collection" -> "a list";
			default -> "a valid " + type.getSimpleName();
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
