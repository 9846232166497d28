package org.crampwise.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.springframework.http.MediaType;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import org.crampwise.support.ApiUser;

/** The archive and import API as a client uses it: HTTP Basic, the ZIP read back, files sent as multipart. */
final class ArchiveClient {

	private final RestTestClient client;

	ArchiveClient(RestTestClient client) {
		this.client = client;
	}

	/** {@code GET /api/v1/export/archive.zip}, expecting 200: each entry's bytes by name, in the archive's order. */
	Map<String, byte[]> archive(ApiUser user) {
		byte[] zip = user.get("/api/v1/export/archive.zip")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("application/zip")
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		return entries(zip);
	}

	static Map<String, byte[]> entries(byte[] zip) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return entries;
	}

	/** {@code POST /api/v1/import} with these parts (name to CSV text). */
	EntityExchangeResult<String> importFiles(ApiUser user, Map<String, String> files, boolean dryRun,
			boolean replace) {
		Map<String, byte[]> bytes = new LinkedHashMap<>();
		files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
		return importBytes(user, bytes, dryRun, replace);
	}

	EntityExchangeResult<String> importBytes(ApiUser user, Map<String, byte[]> files, boolean dryRun,
			boolean replace) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		files.forEach((name, content) -> {
			HttpHeaders headers = new HttpHeaders();
			headers.setContentDisposition(ContentDisposition.formData().name(name).filename(name + ".csv").build());
			headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
			body.add(name, new HttpEntity<>(content, headers));
		});
		return this.client.post()
			.uri("/api/v1/import?dryRun=" + dryRun + "&replace=" + replace)
			.headers(h -> h.setBasicAuth(user.username(), ApiUser.PASSWORD))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(body)
			.exchange()
			.expectBody(String.class)
			.returnResult();
	}

	static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
