package org.crampwise.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The checker itself: it fails on an axe violation, a duplicate id and a dangling ARIA reference, and passes a clean page. */
@Tag("browser")
class AccessibilityTests {

	@Test
	void failsOnAxeViolationsDuplicateIdsAndDanglingReferences() {
		WebDriver driver = Browser.start(Browser.PHONE);
		try {
			driver.get(page("""
					<main><h1>Two forms</h1>
					<img src="x.png">
					<label for="from">First night</label><input id="from" aria-describedby="from-help">
					<label for="to">Last night</label><input id="from">
					</main>"""));
			assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> Accessibility.assertAccessible(driver))
				.withMessageContaining("light: axe image-alt")
				.withMessageContaining("dark: axe image-alt")
				.withMessageContaining("id \"from\" is used 2 times")
				.withMessageContaining("aria-describedby=\"from-help\" but no element has id \"from-help\"");
		}
		finally {
			driver.quit();
		}
	}

	@Test
	void passesACleanPage() {
		WebDriver driver = Browser.start(Browser.PHONE);
		try {
			driver.get(page("""
					<main><h1>One form</h1>
					<label for="from">First night</label><input id="from" aria-describedby="from-help">
					<p id="from-help">The first night to include.</p>
					</main>"""));
			Accessibility.assertAccessible(driver);
			assertThat(driver.getTitle()).isEqualTo("Test page");
		}
		finally {
			driver.quit();
		}
	}

	private static String page(String body) {
		String html = "<!DOCTYPE html><html lang=\"en\"><head><title>Test page</title></head><body>" + body
				+ "</body></html>";
		return "data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
