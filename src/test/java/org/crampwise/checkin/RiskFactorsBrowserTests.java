package org.crampwise.checkin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.http.MediaType;

import org.crampwise.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person on a phone-sized Chromium fills in last night's check-in, finds tonight's pre-filled from it and saves
 * it with one tap, then adds a medication by typing part of its name and picking the suggestion. Full-page
 * screenshots of the pages land in {@code target/screenshots/} for a human look.
 */
class RiskFactorsBrowserTests extends BrowserTest {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@Test
	void fillsACheckInSeesItPrefilledTheNextNightAndAddsAMedicationFromTheCatalog() {
		signInAsNewUser("nightcalf");

		// last night: reached from tonight's page, the way a user looks back
		this.browser.get(url("/checkin"));
		assertThat(text("checkin-state")).contains("Nothing saved");
		this.browser.findElement(By.cssSelector("a[rel=prev]")).click();
		this.wait.until(ExpectedConditions.urlMatches(".*/checkin/\\d{4}-\\d{2}-\\d{2}$"));

		WebElement drinkHours = this.browser.findElement(By.id("hoursFromLastDrinkToBed"));
		assertThat(drinkHours.isDisplayed()).as("asked only after a drink").isFalse();
		type("waterAmount", "6");
		tapPlus("alcoholDrinks");
		tapPlus("alcoholDrinks");
		assertThat(value("alcoholDrinks")).isEqualTo("2");
		this.wait.until(ExpectedConditions.visibilityOf(drinkHours));
		type("hoursFromLastDrinkToBed", "1.5");
		type("standingHours", "7.5");
		for (int i = 0; i < 6; i++) {
			tapPlus("sittingHours");
		}
		assertThat(value("sittingHours")).isEqualTo("3");
		chooseLabel("Moderate");
		answer("stretchedBeforeBed", "Yes");
		answer("tightBedding", "No");
		tapPlus("potassiumFoodServings");
		screenshot("checkin-filled");
		this.browser.findElement(By.id("save-checkin")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash-success")));
		assertThat(text("checkin-state")).contains("Saved");

		// tonight starts from last night's answers, and one tap saves them
		this.browser.findElement(By.cssSelector("a[rel=next]")).click();
		this.wait.until(ExpectedConditions.urlMatches(".*/checkin$"));
		assertThat(text("checkin-state")).contains("Filled in from the night of");
		assertThat(value("waterAmount")).isEqualTo("6");
		assertThat(new Select(this.browser.findElement(By.id("waterUnit"))).getFirstSelectedOption().getText())
			.isEqualTo("glasses");
		assertThat(value("alcoholDrinks")).isEqualTo("2");
		assertThat(value("hoursFromLastDrinkToBed")).isEqualTo("1.5");
		assertThat(value("standingHours")).isEqualTo("7.5");
		assertThat(checkedLabel("exercise")).isEqualTo("Moderate");
		assertThat(checkedLabel("stretchedBeforeBed")).isEqualTo("Yes");
		assertThat(checkedLabel("tightBedding")).isEqualTo("No");
		assertThat(this.browser.findElements(By.cssSelector("input[name=warmBathBeforeBed]:checked"))).isEmpty();
		screenshot("checkin-prefilled");
		darkScreenshot("checkin-prefilled-dark");
		this.browser.findElement(By.id("same-as-last-night")).click();
		assertThat(this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash-success")))
			.getText()).isEqualTo("Check-in saved.");
		assertThat(text("checkin-state")).contains("Saved");
		assertThat(this.browser.findElements(By.cssSelector(".night-strip .night-saved"))).hasSize(2);

		// a medication by part of its name
		this.browser.get(url("/profile"));
		this.browser.findElement(By.id("name")).sendKeys("zest");
		WebElement suggestion = this.wait.until(ExpectedConditions
			.elementToBeClickable(By.xpath("//ul[@id='medication-suggestions']//button[contains(., 'Zestril')]")));
		screenshot("profile-suggestions");
		suggestion.click();
		assertThat(value("name")).isEqualTo("Zestril");
		assertThat(new Select(this.browser.findElement(By.id("drugClass"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("ACE_INHIBITOR");
		this.browser.findElement(By.id("add-medication")).click();

		WebElement item = this.wait.until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".medication-list .medication-item")));
		assertThat(item.getText()).contains("Zestril", "ACE inhibitor", "still taking", "potassium");
		screenshot("profile-with-medication");
		darkScreenshot("profile-with-medication-dark");
	}

	@Test
	void aBadCheckInIsShownBesideItsFieldsAndNothingIsSaved() {
		signInAsNewUser("typo");
		this.browser.get(url("/checkin"));
		type("standingHours", "20");
		type("sittingHours", "6");
		type("waterAmount", "50");
		this.browser.findElement(By.id("save-checkin")).click();

		assertThat(this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sittingHours-errors")))
			.getText()).contains("24 hours");
		assertThat(text("waterAmount-errors")).contains("between 0 and 10000");
		assertThat(this.browser.findElement(By.id("sittingHours")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(value("standingHours")).as("the answers stay for correcting").isEqualTo("20");
		screenshot("checkin-errors");

		this.browser.get(url("/checkin"));
		assertThat(text("checkin-state")).contains("Nothing saved");
	}

	private void signInAsNewUser(String prefix) {
		String name = prefix + System.nanoTime() % 100000;
		this.client.post()
			.uri("/api/v1/account")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"username\":\"" + name + "\",\"password\":\"calf-stretch-2026\",\"timeZone\":\"Europe/Paris\"}")
			.exchange()
			.expectStatus()
			.isCreated();
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys(name);
		this.browser.findElement(By.id("password")).sendKeys("calf-stretch-2026");
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
	}

	private void type(String id, String text) {
		WebElement input = this.browser.findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

	private void tapPlus(String id) {
		this.browser.findElement(By.cssSelector("button[data-step-for='" + id + "']:not([data-step^='-'])")).click();
	}

	private void chooseLabel(String text) {
		this.browser.findElement(By.xpath("//label[normalize-space()='" + text + "']")).click();
	}

	private void answer(String name, String label) {
		String id = this.browser.findElement(By.xpath("//input[@name='" + name + "' and @value='"
				+ ("Yes".equals(label) ? "true" : "false") + "']")).getAttribute("id");
		this.browser.findElement(By.cssSelector("label[for='" + id + "']")).click();
	}

	private String checkedLabel(String name) {
		WebElement checked = this.browser.findElement(By.cssSelector("input[name=" + name + "]:checked"));
		return this.browser.findElement(By.cssSelector("label[for='" + checked.getAttribute("id") + "']")).getText();
	}

	private String value(String id) {
		return this.browser.findElement(By.id(id)).getAttribute("value");
	}

	private String text(String id) {
		return this.browser.findElement(By.id(id)).getText();
	}

	private void darkScreenshot(String name) {
		((JavascriptExecutor) this.browser).executeScript("document.documentElement.setAttribute('data-theme', 'dark')");
		screenshot(name);
		((JavascriptExecutor) this.browser).executeScript("document.documentElement.removeAttribute('data-theme')");
	}

	/** The whole page, beyond the phone's viewport. */
	private void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Map<String, Object> shot = chrome().executeCdpCommand("Page.captureScreenshot",
					Map.of("captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", 360, "height",
							((Number) ((JavascriptExecutor) this.browser)
								.executeScript("return document.documentElement.scrollHeight")).intValue(),
							"scale", 1)));
			Files.write(SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
