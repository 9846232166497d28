package org.crampwise.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.crampwise.support.ApiUser;
import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input to every write operation the served OpenAPI document lists (POST, PUT, PATCH, DELETE), generated
 * from the document itself, so an endpoint added later is covered without editing this test: control characters in
 * every string field, wrongly typed and out-of-range values for every field, a duplicate key, bodies that are not
 * objects, wrong content types, bad path and query parameters; and huge or wrong page numbers on every operation
 * with a {@code page} parameter. Every answer must be a 4xx problem document (no 5xx, no success), nothing may be
 * stored (every table's row count is the same after), and every export of the user (PDF, CSV, FHIR, the share page
 * and its files) must still render, even with rows stored before the input rules (an unstorable note, a date of
 * year 5881580).
 * <p>
 * Skipped, on purpose: an operation that takes no input at all (no body, no parameter, such as
 * {@code DELETE /api/v1/account} or {@code POST /api/v1/episodes/timer}) has nothing to be hostile with, and
 * sending it would do what it is for.
 */
@IntegrationTest
class HostileInputIntegrationTests {

	/** Characters the text rule refuses, as JSON escapes: NUL, SOH, ESC, DEL, a C1, noncharacters, a half emoji. */
	static final List<String> UNSTORABLE = List.of("\\u0000", "\\u0001", "\\u001b", "\\u007f", "\\u0085", "\\ufffe",
			"\\uffff", "\\ud800");

	static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	ApiUser user;

	JsonNode document;

	List<String> failures = new ArrayList<>();

	int sent;

	/** The signed-in session: a cookie call costs no password hash, so hundreds of requests stay quick. */
	String sessionCookie;

	String csrfToken;

	String clinician;

	@Test
	void everyWriteOperationRefusesHostileInputWithAProblemAndStoresNothingAndEveryExportStillRenders()
			throws Exception {
		this.user = ApiUser.register(this.client, "hostile");
		// the clinician workspace's writes are a clinician's (a patient gets 403 there): Basic as a clinician
		this.clinician = "hostiledoc" + System.nanoTime() % 100000;
		this.client.post()
			.uri("/api/v1/account")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.body("{\"username\":\"" + this.clinician + "\",\"password\":\"" + ApiUser.PASSWORD
					+ "\",\"role\":\"CLINICIAN\",\"displayName\":\"Dr Hostile\"}")
			.exchange()
			.expectStatus()
			.isCreated();
		String token = seedData();
		signIn();
		// the session and its CSRF token work for writes, so a refusal below is the input's, not the session's
		assertThat(send("POST", "/api/v1/episodes/timer", null, null).statusCode()).isEqualTo(201);
		assertThat(send("DELETE", "/api/v1/episodes/timer", null, null).statusCode()).isEqualTo(204);
		this.document = this.json.readTree(get("/v3/api-docs").body());
		Map<String, Long> before = rowCounts();

		int writeOperations = 0;
		for (Map.Entry<String, JsonNode> path : this.document.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				String method = operation.getKey();
				if (WRITES.contains(method)) {
					writeOperations++;
					attackWrite(method.toUpperCase(), path.getKey(), operation.getValue());
				}
				if (hasParameter(operation.getValue(), "page")) {
					attackPaging(method.toUpperCase(), path.getKey(), operation.getValue());
				}
			}
		}

		System.out.println("hostile requests sent: " + this.sent);
		assertThat(writeOperations).as("write operations found in the OpenAPI document").isGreaterThan(10);
		assertThat(this.failures).as(this.failures.size() + " of " + this.sent + " hostile requests").isEmpty();
		assertThat(rowCounts()).as("rows of every table").isEqualTo(before);
		everyExportRenders(token);
	}

	private void attackWrite(String method, String template, JsonNode operation) throws Exception {
		JsonNode bodySchema = bodySchema(operation);
		List<JsonNode> pathParameters = parameters(operation, "path");
		List<JsonNode> queryParameters = parameters(operation, "query");
		String path = fill(template, pathParameters, null, null);
		if (bodySchema != null) {
			ObjectNode base = (ObjectNode) baseValue(bodySchema, 0);
			for (String body : hostileBodies(bodySchema, base)) {
				expectRefused(method, path, "application/json", body);
			}
			for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
				expectRefused(method, path, type, this.json.writeValueAsString(base));
			}
		}
		else if (!queryParameters.isEmpty()) {
			for (JsonNode parameter : queryParameters) {
				for (String value : hostileParameterValues(parameter)) {
					expectRefused(method, path + "?" + parameter.get("name").asString() + "=" + value, null, null);
				}
			}
		}
		for (JsonNode parameter : pathParameters) {
			for (String value : hostileParameterValues(parameter)) {
				String hostilePath = fill(template, pathParameters, parameter.get("name").asString(), value);
				String body = (bodySchema != null) ? this.json.writeValueAsString(baseValue(bodySchema, 0)) : null;
				expectRefused(method, hostilePath, (body != null) ? "application/json" : null, body);
			}
		}
	}

	private void attackPaging(String method, String template, JsonNode operation) throws Exception {
		String path = fill(template, parameters(operation, "path"), null, null);
		String separator = path.contains("?") ? "&" : "?";
		for (String query : List.of("page=2147483647", "page=2147483647&size=500", "size=2147483647", "page=-1",
				"page=abc", "page=99999999999999999999", "size=0")) {
			HttpResponse<String> answer = send(method, path + separator + query, null, null);
			check(method + " " + path + separator + query, answer, false);
		}
	}

	/** Bodies with exactly one hostile part each, from the schema's own fields. */
	private List<String> hostileBodies(JsonNode schema, ObjectNode base) {
		List<String> bodies = new ArrayList<>();
		JsonNode properties = properties(schema);
		for (Map.Entry<String, JsonNode> property : properties.properties()) {
			JsonNode field = resolve(property.getValue());
			for (String value : hostileValues(field)) {
				ObjectNode body = base.deepCopy();
				body.remove(property.getKey());
				String text = this.json.writeValueAsString(body);
				bodies.add(text.substring(0, text.length() - 1) + (body.isEmpty() ? "" : ",") + "\""
						+ property.getKey() + "\":" + value + "}");
			}
		}
		if (!properties.isEmpty()) {
			String first = properties.propertyNames().iterator().next();
			String text = this.json.writeValueAsString(base);
			JsonNode firstValue = base.get(first);
			bodies.add(text.substring(0, text.length() - 1) + (base.isEmpty() ? "" : ",") + "\"" + first + "\":"
					+ ((firstValue != null) ? this.json.writeValueAsString(firstValue) : "null") + ",\"" + first
					+ "\":" + ((firstValue != null) ? this.json.writeValueAsString(firstValue) : "null") + "}");
		}
		bodies.addAll(List.of("[]", "\"text\"", "42", "{", "{\"a\":1}}", "{\"unknownField\\u0000\":1}"));
		return bodies;
	}

	/** Values the field must refuse, as JSON text. */
	private List<String> hostileValues(JsonNode field) {
		String type = type(field);
		String format = field.path("format").asString("");
		if (field.has("enum")) {
			return List.of("0", "\"NOT_A_CODE\"", "\"" + field.get("enum").get(0).asString() + "\\u0000\"", "true");
		}
		return switch (type) {
			case "string" -> switch (format) {
				case "date" -> List.of("2147483648", "\"+10000-01-01\"", "\"1899-12-31\"", "\"2100-01-01\"",
						"\"2026-13-01\"", "\"2026-1-1\"", "true");
				case "date-time" -> List.of("1763601240", "\"+10000-11-20T02:14:00+01:00\"",
						"\"2026-11-20T02:14:00\"", "\"1899-11-20T02:14:00Z\"", "false");
				default -> {
					List<String> values = new ArrayList<>();
					UNSTORABLE.forEach(character -> values.add("\"a" + character + "b\""));
					values.addAll(List.of("5", "true", "{}"));
					yield values;
				}
			};
			case "integer" -> List.of("\"7\"", "2147483648", "-2147483649", "1.5", "true", "\"\"", "[1]");
			case "number" -> List.of("\"7\"", "true", "-1e30", "1e309", "\"NaN\"");
			case "boolean" -> List.of("1", "0", "-1e30", "\"true\"", "\"\"");
			case "array" -> List.of("\"x\"", "{}", "[" + hostileValues(resolve(field.path("items"))).get(0) + "]");
			default -> List.of("\"x\"", "[]");
		};
	}

	private List<String> hostileParameterValues(JsonNode parameter) {
		JsonNode schema = resolve(parameter.path("schema"));
		return switch (type(schema)) {
			case "integer" -> List.of("abc", "-1", "0", "9223372036854775808", "%00", "1.5");
			case "string" -> "date".equals(schema.path("format").asString(""))
					? List.of("%2B10000-01-01", "1899-12-31", "2026-13-01", "2147483648", "%00")
					: List.of("a%00b", "a%01b", "%1B", "%EF%BF%BE");
			default -> List.of("%00");
		};
	}

	/** A value of the schema's type, plausible but never relied on to be valid. */
	private JsonNode baseValue(JsonNode schema, int depth) {
		JsonNode resolved = resolve(schema);
		String type = type(resolved);
		if (resolved.has("enum")) {
			return this.json.getNodeFactory().stringNode(resolved.get("enum").get(0).asString());
		}
		return switch (type) {
			case "string" -> this.json.getNodeFactory().stringNode(switch (resolved.path("format").asString("")) {
				case "date" -> "2026-11-20";
				case "date-time" -> "2026-11-20T02:14:00+01:00";
				default -> "text";
			});
			case "integer" -> this.json.getNodeFactory().numberNode(resolved.path("minimum").asLong(1));
			case "number" -> this.json.getNodeFactory().numberNode(1.0);
			case "boolean" -> this.json.getNodeFactory().booleanNode(false);
			case "array" -> this.json.getNodeFactory().arrayNode();
			default -> {
				ObjectNode object = this.json.createObjectNode();
				if (depth < 3) {
					properties(resolved).properties()
						.forEach(property -> object.set(property.getKey(), baseValue(property.getValue(), depth + 1)));
				}
				yield object;
			}
		};
	}

	private void expectRefused(String method, String path, String contentType, String body) throws Exception {
		HttpResponse<String> answer = send(method, path, contentType, body);
		check(method + " " + path + " [" + contentType + "] " + body, answer, true);
	}

	private void check(String request, HttpResponse<String> answer, boolean mustRefuse) {
		this.sent++;
		int status = answer.statusCode();
		String type = answer.headers().firstValue("Content-Type").orElse("");
		if (status >= 500 || (mustRefuse && status < 400) || status == 401 || status == 403) {
			this.failures.add(status + " for " + request + ": " + answer.body());
		}
		else if (status >= 400 && (!type.startsWith("application/problem+json")
				|| !answer.body().contains("\"status\":" + status))) {
			this.failures.add(status + " without a problem document (" + type + ") for " + request + ": "
					+ answer.body());
		}
	}

	private String fill(String template, List<JsonNode> parameters, String hostileName, String hostileValue) {
		String path = template;
		for (JsonNode parameter : parameters) {
			String name = parameter.get("name").asString();
			String value = name.equals(hostileName) ? hostileValue
					: switch (type(resolve(parameter.path("schema")))) {
						// ids that are never anyone's: identities start at 1
						case "integer" -> "0";
						default -> "date".equals(resolve(parameter.path("schema")).path("format").asString(""))
								? LocalDate.now().minusDays(400).toString() : "nothing";
					};
			path = path.replace("{" + name + "}", value);
		}
		return path;
	}

	private JsonNode bodySchema(JsonNode operation) {
		JsonNode content = operation.path("requestBody").path("content");
		if (content.isMissingNode() || content.isEmpty()) {
			return null;
		}
		JsonNode media = content.has("application/json") ? content.get("application/json")
				: content.properties().iterator().next().getValue();
		JsonNode schema = resolve(media.path("schema"));
		return "object".equals(type(schema)) || schema.has("properties") ? schema : null;
	}

	private List<JsonNode> parameters(JsonNode operation, String in) {
		List<JsonNode> found = new ArrayList<>();
		operation.path("parameters").forEach(parameter -> {
			if (in.equals(parameter.path("in").asString())) {
				found.add(parameter);
			}
		});
		return found;
	}

	private boolean hasParameter(JsonNode operation, String name) {
		for (JsonNode parameter : operation.path("parameters")) {
			if (name.equals(parameter.path("name").asString()) && "query".equals(parameter.path("in").asString())) {
				return true;
			}
		}
		return false;
	}

	private JsonNode resolve(JsonNode schema) {
		JsonNode current = schema;
		for (int i = 0; i < 5 && current.has("$ref"); i++) {
			String name = current.get("$ref").asString().replace("#/components/schemas/", "");
			current = this.document.path("components").path("schemas").path(name);
		}
		if (current.has("allOf") && current.get("allOf").size() == 1) {
			return resolve(current.get("allOf").get(0));
		}
		return current;
	}

	private JsonNode properties(JsonNode schema) {
		JsonNode properties = resolve(schema).path("properties");
		return properties.isMissingNode() ? this.json.createObjectNode() : properties;
	}

	/** The schema's type; OpenAPI 3.1 may give a list such as ["string", "null"]. */
	private static String type(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isArray()) {
			for (JsonNode each : type) {
				if (!"null".equals(each.asString())) {
					return each.asString();
				}
			}
		}
		if (type.isString()) {
			return type.asString();
		}
		return schema.has("properties") ? "object" : "";
	}

	/** Logs data of every kind, and rows as they could be stored before the input rules; returns a share token. */
	private String seedData() throws Exception {
		LocalDate night = ApiUser.tonight().minusDays(2);
		long episode = this.user.logEpisode("{\"startedAt\":\"" + night + "T23:30:00+01:00\",\"durationSeconds\":90,"
				+ "\"intensity\":6,\"muscle\":\"CALF\",\"side\":\"LEFT\",\"notes\":\"=cmd|' /C calc'!A0\"}");
		this.user.create("/api/v1/medications", "{\"name\":\"Amlodipine\",\"startedOn\":\"2020-01-01\"}");
		this.user.put("/api/v1/checkins/" + night, "{\"waterMl\":1500,\"alcoholDrinks\":1}");
		this.jdbc.update("UPDATE cramp_episodes SET notes = ? WHERE id = ?",
				"old \u0000\u0001\u001b\ufffe\uffff\ud800 row", episode);
		this.jdbc.update("UPDATE medications SET stopped_on = ? WHERE account_id = "
				+ "(SELECT id FROM accounts WHERE username = ?)", LocalDate.of(5881580, 7, 12), this.user.username());
		String created = this.user.create("/api/v1/shares", "{}");
		return created.replaceAll("(?s)^.*/share/([^\"]+)\".*$", "$1");
	}

	private void everyExportRenders(String token) throws Exception {
		Map<String, String> exports = new LinkedHashMap<>();
		exports.put("/api/v1/export/report.pdf", "%PDF");
		exports.put("/api/v1/export/episodes.csv", "id");
		exports.put("/api/v1/export/checkins.csv", "nightOf");
		exports.put("/api/v1/export/fhir", "Bundle");
		exports.put("/share/" + token, "<html");
		exports.put("/share/" + token + "/report.pdf", "%PDF");
		exports.put("/share/" + token + "/episodes.csv", "id");
		exports.put("/share/" + token + "/fhir", "Bundle");
		for (Map.Entry<String, String> export : exports.entrySet()) {
			HttpResponse<String> answer = get(export.getKey());
			assertThat(answer.statusCode()).as(export.getKey() + ": " + answer.body()).isEqualTo(200);
			assertThat(answer.body()).as(export.getKey()).contains(export.getValue());
		}
	}

	private Map<String, Long> rowCounts() {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : this.jdbc.queryForList("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
				+ "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'", String.class)) {
			if (!table.equalsIgnoreCase("flyway_schema_history")) {
				counts.put(table, this.jdbc.queryForObject("SELECT COUNT(*) FROM \"" + table + "\"", Long.class));
			}
		}
		return counts;
	}

	/** Signs in through the login page, as a browser does, and keeps the session cookie and its CSRF token. */
	private void signIn() throws Exception {
		HttpResponse<String> login = this.http.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		String cookie = cookie(login);
		String form = "username=" + this.user.username() + "&password=" + ApiUser.PASSWORD + "&_csrf="
				+ java.net.URLEncoder.encode(hiddenCsrf(login.body()), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = this.http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).as("sign-in").isEqualTo(302);
		this.sessionCookie = cookie(signedIn);
		HttpResponse<String> page = this.http.send(
				HttpRequest.newBuilder(uri("/export")).header("Cookie", this.sessionCookie).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		this.csrfToken = hiddenCsrf(page.body());
	}

	private static String cookie(HttpResponse<String> answer) {
		return answer.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(value -> value.startsWith("JSESSIONID="))
			.map(value -> value.substring(0, value.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no session cookie in " + answer.headers()));
	}

	private static String hiddenCsrf(String html) {
		java.util.regex.Matcher token = java.util.regex.Pattern
			.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"")
			.matcher(html);
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token in the page");
		}
		return (token.group(1) != null) ? token.group(1) : token.group(2);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return send("GET", path, null, null);
	}

	private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.method(method, (body == null) ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (path.startsWith("/api/v1/clinician")) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((this.clinician + ":" + ApiUser.PASSWORD).getBytes(StandardCharsets.UTF_8)));
		}
		else if (this.sessionCookie != null) {
			request.header("Cookie", this.sessionCookie).header("X-CSRF-TOKEN", this.csrfToken);
		}
		else {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((this.user.username() + ":" + ApiUser.PASSWORD).getBytes(StandardCharsets.UTF_8)));
		}
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
