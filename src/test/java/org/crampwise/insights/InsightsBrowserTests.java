package org.crampwise.insights;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.http.MediaType;

import org.crampwise.support.BrowserTest;
import org.crampwise.system.NightRule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A phone-sized Chromium: one check-in, the next night "Same as last night" (stored as copied), one tap "No cramps"
 * on the check-in page for the night before, and the Patterns page from the navigation with its counts.
 */
class InsightsBrowserTests extends BrowserTest {

	private static final String PASSWORD = "calf-stretch-2026";

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@Test
	void sameAsLastNightIsCopiedNoCrampsIsOneTapAndPatternsCountTheKnownNight() throws IOException {
		String user = "patterns" + System.nanoTime() % 100000;
		this.client.post()
			.uri("/api/v1/account")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"username\":\"" + user + "\",\"password\":\"" + PASSWORD + "\",\"timeZone\":\"UTC\"}")
			.exchange()
			.expectStatus()
			.isCreated();
		signIn(user);
		LocalDate tonight = NightRule.nightOf(java.time.OffsetDateTime.now(ZoneOffset.UTC));
		LocalDate first = tonight.minusDays(3);
		LocalDate copied = tonight.minusDays(2);

		this.browser.get(url("/checkin/" + first));
		this.browser.findElement(By.id("alcoholDrinks")).clear();
		this.browser.findElement(By.id("alcoholDrinks")).sendKeys("0");
		this.browser.findElement(By.id("save-checkin")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash-success")));
		this.browser.get(url("/checkin/" + copied));
		this.browser.findElement(By.id("same-as-last-night")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash-success")));

		// the check-in page of the next night asks about the night before it: one tap
		this.browser.get(url("/checkin/" + tonight.minusDays(1)));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("night-prompt")));
		screenshot("checkin-no-cramps-prompt");
		this.browser.findElement(By.id("no-cramps")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash-success")));
		assertThat(this.browser.getCurrentUrl()).endsWith("/checkin/" + tonight.minusDays(1));
		assertThat(this.browser.findElements(By.id("night-prompt"))).isEmpty();

		String nights = this.client.get()
			.uri("/api/v1/nights?from=" + first + "&to=" + copied)
			.headers(h -> h.setBasicAuth(user, PASSWORD))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(nights).contains("{\"nightOf\":\"" + copied + "\",\"status\":\"NO_CRAMPS\",\"episodes\":0,"
				+ "\"checkIn\":true,\"copiedFromPrevious\":true}");
		assertThat(nights).contains("{\"nightOf\":\"" + first + "\",\"status\":\"UNKNOWN\",\"episodes\":0,"
				+ "\"checkIn\":true,\"copiedFromPrevious\":false}");

		this.browser.get(url("/"));
		navigateTo("Patterns");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("insights-summary")));
		assertThat(this.browser.findElement(By.id("insights-summary")).getText()).startsWith("1 known night from");
		assertThat(this.browser.findElement(By.id("insights-copied")).getText()).startsWith("1 of those check-ins");
		screenshot("insights-phone");
		this.browser.manage().window().setSize(new Dimension(1280, 900));
		screenshot("insights-desktop");
	}

	private void signIn(String user) {
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys(user);
		this.browser.findElement(By.id("password")).sendKeys(PASSWORD);
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
	}

	private void screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve(name + ".png"),
				((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES));
	}

}
