package org.crampwise.advice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.http.MediaType;

import org.crampwise.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A phone-sized Chromium: a week of check-ins with drinks an hour before bed, logged on the check-in page (one full
 * night, then "Same as last night"), cramps on three of those nights, and "Your tips" puts hydration first with the
 * reason in the user's own numbers. The cramps are logged through the API to keep the journey short; the cramp
 * pages have their own browser test.
 */
class TipsBrowserTests extends BrowserTest {

	private static final String PASSWORD = "calf-stretch-2026";

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@Test
	void aWeekOfLateDrinksAndCrampsPutsTheHydrationTipFirstWithItsReason() throws IOException {
		String user = "tips" + System.nanoTime() % 100000;
		this.client.post()
			.uri("/api/v1/account")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"username\":\"" + user + "\",\"password\":\"" + PASSWORD + "\",\"timeZone\":\"UTC\"}")
			.exchange()
			.expectStatus()
			.isCreated();
		signIn(user);

		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		this.browser.get(url("/checkin/" + today.minusDays(7)));
		type("alcoholDrinks", "2");
		WebElement drinkHours = this.browser.findElement(By.id("hoursFromLastDrinkToBed"));
		this.wait.until(ExpectedConditions.visibilityOf(drinkHours));
		type("hoursFromLastDrinkToBed", "1");
		this.browser.findElement(By.id("save-checkin")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash-success")));
		for (int nightsAgo = 6; nightsAgo >= 1; nightsAgo--) {
			this.browser.get(url("/checkin/" + today.minusDays(nightsAgo)));
			this.browser.findElement(By.id("same-as-last-night")).click();
			this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash-success")));
		}
		for (int nightsAgo = 1; nightsAgo <= 3; nightsAgo++) {
			LocalDate night = today.minusDays(nightsAgo);
			this.client.post()
				.uri("/api/v1/episodes")
				.headers(h -> h.setBasicAuth(user, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.body("{\"startedAt\":\"" + night + "T23:30:00Z\",\"durationSeconds\":90,\"intensity\":6,"
						+ "\"muscle\":\"CALF\",\"side\":\"RIGHT\",\"wokeFromSleep\":true}")
				.exchange()
				.expectStatus()
				.isCreated();
		}

		navigateTo("Your tips");
		List<WebElement> tips = this.wait
			.until(ExpectedConditions.visibilityOfAllElementsLocatedBy(By.cssSelector(".tip-card")));
		screenshot("tips");

		WebElement first = tips.get(0);
		assertThat(first.getAttribute("data-remedy")).isEqualTo("STAY_HYDRATED");
		assertThat(first.findElement(By.tagName("h2")).getText()).startsWith("1.");
		assertThat(first.findElements(By.cssSelector(".tip-reasons li"))).extracting(WebElement::getText)
			.contains("You had alcohol within 2 hours of bed on 7 of the last 14 nights; 3 of the 3 of those nights you "
						+ "logged had cramps; no other logged night to compare with yet.");
		assertThat(first.getText()).contains("Evidence: Limited");
		assertThat(this.browser.findElements(By.id("invitation"))).isEmpty();
		WebElement magnesium = this.browser.findElement(By.cssSelector(".why-not[data-remedy=MAGNESIUM]"));
		magnesium.findElement(By.tagName("summary")).click();
		assertThat(magnesium.findElements(By.cssSelector("li"))).isNotEmpty();
		Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) this.browser)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(overflow).as("no sideways scrolling at 360 px").isZero();
	}

	@Test
	void aNewUserIsInvitedToLogAndGetsTheFirstLineTips() {
		String user = "fresh" + System.nanoTime() % 100000;
		this.client.post()
			.uri("/api/v1/account")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"username\":\"" + user + "\",\"password\":\"" + PASSWORD + "\"}")
			.exchange()
			.expectStatus()
			.isCreated();
		signIn(user);

		this.browser.get(url("/tips"));
		assertThat(this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invitation"))).getText())
			.contains("Log a cramp");
		assertThat(this.browser.findElements(By.cssSelector(".tip-card"))).extracting(e -> e.getAttribute("data-remedy"))
			.containsExactly("STRETCH_BEFORE_BED", "STRETCH_DURING_CRAMP");
		assertThat(this.browser.findElements(By.id("red-flags"))).isEmpty();
	}

	private void signIn(String user) {
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys(user);
		this.browser.findElement(By.id("password")).sendKeys(PASSWORD);
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
	}

	private void type(String id, String text) {
		WebElement input = this.browser.findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

	private void screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES));
	}

}
