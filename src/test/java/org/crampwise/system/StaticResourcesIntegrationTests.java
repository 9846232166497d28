package org.crampwise.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Static files keep a content hash in their URLs and are cached by browsers for a year, while page links stay as
 * they are and never reach the resource chain (which, under a {@code /**} mapping, looked up the class path for
 * every page link of every page: issue 11).
 */
@IntegrationTest
class StaticResourcesIntegrationTests {

	private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/crampwise-[0-9a-f]{32}\\.css)\"");

	@Autowired
	RestTestClient client;

	@Autowired
	ResourceUrlProvider resourceUrls;

	@Test
	void pagesLinkStaticFilesByTheirContentHashAndPagesByTheirPlainPath() {
		String html = this.client.get().uri("/login").exchange().expectStatus().isOk().expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(html).containsPattern("src=\"/js/theme-[0-9a-f]{32}\\.js\"")
			.containsPattern("href=\"/images/icon-[0-9a-f]{32}\\.svg\"")
			.contains("href=\"/manifest.webmanifest\"")
			.contains("href=\"/remedies\"");
		Matcher stylesheet = STYLESHEET.matcher(html);
		assertThat(stylesheet.find()).isTrue();
		this.client.get()
			.uri(stylesheet.group(1))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Cache-Control", "max-age=31536000, public")
			.expectBody(String.class)
			.value(css -> assertThat(css).contains("{"));
	}

	@Test
	void theUnversionedPathsOfStaticFilesAndTheManifestAreServedToo() {
		this.client.get().uri("/css/crampwise.css").exchange().expectStatus().isOk();
		this.client.get().uri("/js/app.js").exchange().expectStatus().isOk();
		this.client.get().uri("/manifest.webmanifest").exchange().expectStatus().isOk();
		this.client.get().uri("/css/missing.css").exchange().expectStatus().isNotFound();
	}

	@Test
	void noResourceHandlerCoversEveryPathSoPageLinksNeverReachTheChain() {
		assertThat(this.resourceUrls.getHandlerMap()).isNotEmpty()
			.allSatisfy((pattern, handler) -> assertThat(pattern).isNotIn("/**", "/*"));
		assertThat(this.resourceUrls.getForLookupPath("/episodes")).isNull();
		assertThat(this.resourceUrls.getForLookupPath("/js/app.js")).matches("/js/app-[0-9a-f]{32}\\.js");
	}

	@Test
	void aWebjarIsLinkedWithItsVersionInThePathAndCachedForAYear() {
		// the charts' library: /webjars/chart.js/dist/chart.umd.js renders as /webjars/chart.js/4.4.1/dist/chart.umd.js
		String versioned = this.resourceUrls.getForLookupPath("/webjars/chart.js/dist/chart.umd.js");
		assertThat(versioned).matches("/webjars/chart\\.js/\\d+\\.\\d+\\.\\d+/dist/chart\\.umd\\.js");
		this.client.get()
			.uri(versioned)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Cache-Control", "max-age=31536000, public");
		this.client.get().uri("/webjars/chart.js/0.0.0/dist/chart.umd.js").exchange().expectStatus().isNotFound();
	}

	@Test
	void everyFileAndFolderUnderStaticIsServed() throws IOException {
		// a file or folder added under static/ without its mapping would answer 404 (the offline service worker did)
		Path root = new ClassPathResource("static").getFile().toPath();
		List<Path> entries;
		try (var listing = Files.list(root)) {
			entries = listing.toList();
		}
		for (Path entry : entries) {
			String name = entry.getFileName().toString();
			if (Files.isDirectory(entry)) {
				assertThat(StaticResourcesConfiguration.FOLDERS).as("folder static/" + name).contains(name);
				try (var files = Files.list(entry)) {
					Path first = files.filter(Files::isRegularFile).findFirst().orElseThrow();
					this.client.get().uri("/" + name + "/" + first.getFileName()).exchange().expectStatus().isOk();
				}
			}
			else {
				assertThat(StaticResourcesConfiguration.FILES).as("file static/" + name).contains(name);
				this.client.get().uri("/" + name).exchange().expectStatus().isOk();
			}
		}
	}

}
