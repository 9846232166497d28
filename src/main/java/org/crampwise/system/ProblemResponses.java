package org.crampwise.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * Documents, once for every API operation, the error answers the application's own machinery gives whatever the
 * controller: each as an RFC 9457 problem ({@code application/problem+json}, the {@value #PROBLEM} schema with its
 * {@code errors} array). The rules follow where the errors come from:
 * <ul>
 * <li>{@code 400}: an operation with parameters or a body (a malformed or out-of-range value names its field);</li>
 * <li>{@code 401}: every operation that needs a user (all but those documented with no security requirement);</li>
 * <li>{@code 403}: every unsafe method that needs a user (a call with the session cookie but without its CSRF
 * token);</li>
 * <li>{@code 404}: an operation with a path parameter (missing, or another user's: the same answer), except a PUT
 * that creates the missing record;</li>
 * <li>{@code 413} and {@code 415}: an operation with a body (over 64 KB; not {@code application/json}).</li>
 * </ul>
 * A controller documents what only it can answer (a {@code 409}, a {@code 404} without a path parameter) with
 * {@code @ApiResponse}; its descriptions are kept, and every 4xx answer gets the problem schema.
 */
@Component
class ProblemResponses implements OpenApiCustomizer {

	static final String PROBLEM = "Problem";

	private static final String PROBLEM_JSON = "application/problem+json";

	@Override
	public void customise(OpenAPI openApi) {
		openApi.getComponents().addSchemas(PROBLEM, problemSchema());
		if (openApi.getComponents().getSchemas() != null) {
			// the generated schema of Spring's ProblemDetail class, replaced by the one above
			openApi.getComponents().getSchemas().remove("ProblemDetail");
		}
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			if (path.startsWith("/api/")) {
				document(path, method, operation, openApi);
			}
		}));
	}

	private void document(String path, PathItem.HttpMethod method, Operation operation, OpenAPI openApi) {
		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
		boolean hasBody = operation.getRequestBody() != null;
		boolean hasPathParameter = path.contains("{");
		boolean public_ = operation.getSecurity() != null && operation.getSecurity().isEmpty();
		boolean unsafe = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
				&& method != PathItem.HttpMethod.OPTIONS;
		Map<String, String> common = new LinkedHashMap<>();
		if (hasParameters || hasBody) {
			common.put("400", "Invalid input: an errors array names each bad field or parameter");
		}
		if (!public_) {
			common.put("401", "Not signed in: HTTP Basic credentials (or the session cookie) are missing or wrong");
		}
		if (unsafe && !public_) {
			common.put("403", "Refused: a call with the session cookie but without its CSRF token");
		}
		// a PUT that creates what is missing (201) answers no 404
		boolean upsert = method == PathItem.HttpMethod.PUT && responses.containsKey("201");
		if (hasPathParameter && !upsert) {
			common.put("404", "Not found: no such record, or another user's");
		}
		if (hasBody) {
			common.put("413", "The body is over 64 KB");
			common.put("415", "The body is not application/json");
		}
		common.forEach((status, description) -> {
			if (!responses.containsKey(status)) {
				responses.addApiResponse(status, new ApiResponse().description(description));
			}
		});
		ApiResponses ordered = new ApiResponses();
		responses.keySet().stream().sorted().forEach(status -> {
			ApiResponse response = responses.get(status);
			if (status.startsWith("4")) {
				response.setContent(new Content().addMediaType(PROBLEM_JSON,
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
			}
			ordered.addApiResponse(status, response);
		});
		operation.setResponses(ordered);
	}

	private static Schema<?> problemSchema() {
		ObjectSchema fieldProblem = new ObjectSchema();
		fieldProblem.addProperty("field", new StringSchema().description("The field or parameter, e.g. intensity"));
		fieldProblem.addProperty("message", new StringSchema().description("What is wrong with it, in the reader's language"));
		fieldProblem.setRequired(List.of("field", "message"));
		ObjectSchema problem = new ObjectSchema();
		problem.description("An RFC 9457 problem detail. Bad input adds errors, one entry per bad field.");
		problem.addProperty("type", new StringSchema().description("A URI naming the kind of problem").example("about:blank"));
		problem.addProperty("title", new StringSchema().example("Bad Request"));
		problem.addProperty("status", new IntegerSchema().example(400));
		problem.addProperty("detail", new StringSchema().example("Invalid request content."));
		problem.addProperty("instance", new StringSchema().example("/api/v1/episodes"));
		problem.addProperty("errors", new ArraySchema().items(fieldProblem));
		problem.setRequired(List.of("title", "status"));
		return problem;
	}

}
