package org.crampwise.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served OpenAPI document describes every API operation fully: a summary, an operationId, and the 4xx answers
 * it can give, each an RFC 9457 problem. (Redocly CLI's recommended rules check the same outside the build.)
 */
@IntegrationTest
class OpenApiDocumentTests {

	private static final String PROBLEM_REF = "#/components/schemas/Problem";

	@Autowired
	RestTestClient client;

	@Test
	void everyOperationHasASummaryAnOperationIdAndItsProblemResponses() {
		String document = document();
		Map<String, Map<String, Map<String, Object>>> paths = JsonPath.read(document, "$.paths");
		List<String> problems = new ArrayList<>();
		int operations = 0;
		for (var path : paths.entrySet()) {
			for (var entry : path.getValue().entrySet()) {
				if (!List.of("get", "put", "post", "delete", "patch").contains(entry.getKey())) {
					continue;
				}
				operations++;
				String name = entry.getKey().toUpperCase() + " " + path.getKey();
				Map<String, Object> operation = entry.getValue();
				if (isBlank(operation.get("summary"))) {
					problems.add(name + ": no summary");
				}
				if (isBlank(operation.get("operationId"))) {
					problems.add(name + ": no operationId");
				}
				@SuppressWarnings("unchecked")
				Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
				List<String> errors = responses.keySet().stream().filter(status -> status.startsWith("4")).toList();
				if (errors.isEmpty()) {
					problems.add(name + ": no 4xx response");
				}
				for (String status : errors) {
					Object ref = JsonPath.read(responses.get(status), "$.content['application/problem+json'].schema['$ref']");
					if (!PROBLEM_REF.equals(ref)) {
						problems.add(name + " " + status + ": not the problem schema");
					}
				}
			}
		}
		assertThat(operations).isGreaterThanOrEqualTo(30);
		assertThat(problems).isEmpty();
	}

	@Test
	void docsApiListsEveryOperationOfTheServedDocument() throws IOException {
		// docs/api.md is the API description a clone carries: it must not fall behind the code
		String docs = Files.readString(Path.of("docs/api.md"));
		Map<String, Map<String, Object>> paths = JsonPath.read(document(), "$.paths");
		List<String> missing = new ArrayList<>();
		for (var path : paths.entrySet()) {
			for (String method : path.getValue().keySet()) {
				String row = "| " + method.toUpperCase() + " | `" + path.getKey() + "` |";
				if (List.of("get", "put", "post", "delete", "patch").contains(method) && !docs.contains(row)) {
					missing.add(row);
				}
			}
		}
		assertThat(missing).as("operations served but not in docs/api.md").isEmpty();
	}

	@Test
	void theCommonAnswersFollowFromTheOperation() {
		String document = document();
		assertThat(statuses(document, "/api/v1/episodes", "post")).contains("400", "401", "403", "413", "415");
		assertThat(statuses(document, "/api/v1/episodes/{id}", "get")).contains("400", "401", "404")
			.doesNotContain("403", "413", "415");
		assertThat(statuses(document, "/api/v1/account", "post")).contains("400", "409", "413", "415")
			.doesNotContain("401", "403");
		assertThat(statuses(document, "/api/v1/checkins/{nightOf}", "put")).doesNotContain("404");
		assertThat(statuses(document, "/api/v1/account", "get")).containsExactly("200", "401");
		List<String> parameters = JsonPath.read(document, "$.paths.*.*.parameters[*].name");
		assertThat(parameters).as("the signed-in user is not a parameter").doesNotContain("me");
		assertThat((String) JsonPath.read(document, "$.servers[0].url")).isEqualTo("/");
	}

	private String document() {
		return this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static List<String> statuses(String document, String path, String method) {
		Map<String, Object> responses = JsonPath.read(document, "$.paths['" + path + "']." + method + ".responses");
		return new ArrayList<>(responses.keySet());
	}

	private static boolean isBlank(Object value) {
		return value == null || value.toString().isBlank();
	}

}
