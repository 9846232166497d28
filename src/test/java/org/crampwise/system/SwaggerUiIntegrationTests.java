package org.crampwise.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI UI still opens with its beans made late (issue 11): the page, and its start script given this app's
 * configuration by springdoc's transformer, which names the document.
 */
@IntegrationTest
class SwaggerUiIntegrationTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

	@Test
	void theUiPageOpens() throws Exception {
		HttpResponse<String> page = get("/swagger-ui.html");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.uri().getPath()).isEqualTo("/swagger-ui/index.html");
		assertThat(page.body()).contains("swagger-initializer.js");
	}

	@Test
	void theStartScriptReadsThisAppsDocument() throws Exception {
		HttpResponse<String> script = get("/swagger-ui/swagger-initializer.js");
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.body()).contains("\"configUrl\" : \"/v3/api-docs/swagger-config\"");
		HttpResponse<String> config = get("/v3/api-docs/swagger-config");
		assertThat(config.statusCode()).isEqualTo(200);
		assertThat(config.body()).contains("\"url\":\"/v3/api-docs\"");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
