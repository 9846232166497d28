package org.crampwise.episode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.crampwise.support.Browser;
import org.crampwise.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 at 360 x 740 in Chromium: the urgent flag where the user is (after a save with the form and with the
 * timer's quick choices, and on the home page until dismissed), the quick choices "woke me" and the warning signs,
 * undo of a delete and of a discard, and less glare at night. Screenshots go to target/screenshots/night-*.png.
 */
class NightBrowserTests extends BrowserTest {

	@Test
	void aSwollenCalfSavedWithTheFormShowsTheUrgentFlagThenTheHomePageKeepsItUntilDismissed() {
		registerAndSignIn("nightowl");
		this.browser.get(url("/"));
		assertThat(this.browser.findElements(By.id("urgent-flag"))).isEmpty();

		this.browser.get(url("/episodes/new"));
		this.browser.findElement(By.id("minutes")).sendKeys("2");
		choose("intensity", "6");
		choose("muscle", "CALF");
		choose("side", "LEFT");
		choose("warningSigns", "CALF_SWELLING_OR_REDNESS");
		this.browser.findElement(By.id("save-episode")).click();
		this.wait.until(ExpectedConditions.urlMatches(".*/episodes$"));

		WebElement flag = this.browser.findElement(By.id("urgent-flag"));
		assertThat(flag.getText()).contains("Act on this now", "Today:", "contact a doctor or an urgent care service today");
		assertThat(flag.findElement(By.cssSelector("[data-flag]")).getAttribute("data-urgency")).isEqualTo("SAME_DAY");
		assertThat(flag.getAttribute("role")).isEqualTo("alert");
		assertOnScreenWithoutScrolling(flag);
		screenshot("diary-urgent");

		// the home page shows it while it is current, with what to do now
		this.browser.get(url("/"));
		flag = this.browser.findElement(By.id("urgent-flag"));
		assertThat(flag.getText()).contains("contact a doctor or an urgent care service today");
		assertNoSidewaysScrolling();
		screenshot("home-urgent");
		darkScreenshot("home-urgent-dark");

		// dismissed: gone from the home page
		this.browser.findElement(By.id("urgent-flag-dismiss")).click();
		this.wait.until(ExpectedConditions.textToBe(By.cssSelector(".flash-success"),
				"Hidden until a new cramp brings it back."));
		assertThat(this.browser.findElements(By.id("urgent-flag"))).isEmpty();

		// a routine diary visit without a save does not repeat it
		this.browser.get(url("/episodes"));
		assertThat(this.browser.findElements(By.id("urgent-flag"))).isEmpty();

		// tips: the urgent flags stand apart from the routine ones
		this.browser.get(url("/tips"));
		WebElement urgent = this.browser.findElement(By.id("red-flags"));
		assertThat(urgent.findElements(By.cssSelector("[data-urgency=ROUTINE]"))).isEmpty();
		assertThat(urgent.getText()).contains("See a clinician soon", "Today");
		screenshot("tips-urgent");
	}

	@Test
	void theTimerQuickChoicesOfferWokeMeAndTheWarningSignsAndAWarningSignRaisesTheFlag() {
		registerAndSignIn("nightowl");
		timeACramp();
		screenshot("cramp-now-saved");
		assertThat(this.browser.findElements(By.id("urgent-flag"))).isEmpty();

		// the night default: a cramp timed between 20:00 and 10:00 woke the user (the browser and account are UTC)
		int hour = ZonedDateTime.now(ZoneOffset.UTC).getHour();
		boolean night = hour >= 20 || hour < 10;
		// woke or awake is a one-of group: app.js marks the chosen one aria-checked
		assertThat(this.browser.findElement(By.id("woke-true")).getDomAttribute("aria-checked"))
			.isEqualTo(String.valueOf(night));
		List<WebElement> signs = this.browser.findElements(By.cssSelector("#quick-signs .quick-button"));
		assertThat(signs).hasSize(WarningSign.values().length);
		signs.forEach(sign -> assertThat(sign.getRect().getHeight()).isGreaterThanOrEqualTo(48));

		this.browser.findElement(By.id(night ? "woke-false" : "woke-true")).click();
		waitUntilPressed(night ? "woke-false" : "woke-true");

		// one tap on a warning sign: the confirming page shows the urgent flag at once
		this.browser.findElement(By.id("sign-CALF_SWELLING_OR_REDNESS")).click();
		waitUntilPressed("sign-CALF_SWELLING_OR_REDNESS");
		WebElement flag = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("urgent-flag")));
		assertThat(flag.getText()).contains("contact a doctor or an urgent care service today");
		assertInView(flag);
		assertNoSidewaysScrolling();
		screenshot("cramp-now-saved-urgent");

		// tapped again: taken back, and the flag goes
		this.browser.findElement(By.id("sign-CALF_SWELLING_OR_REDNESS")).click();
		this.wait.until(ExpectedConditions.jsReturnsValue("var b = document.getElementById('sign-CALF_SWELLING_OR_REDNESS');"
				+ " return b && b.getAttribute('aria-pressed') === 'false' ? true : null;"));
		assertThat(this.browser.findElements(By.id("urgent-flag"))).isEmpty();

		// the diary says what was chosen
		this.browser.get(url("/episodes"));
		String row = this.browser.findElement(By.cssSelector(".episode-list li.episode")).getText();
		assertThat(row).doesNotContain("Calf swollen");
	}

	@Test
	void aDiscardIsFarFromStopAndCanBeUndoneAndSoCanADelete() {
		registerAndSignIn("nightowl");
		this.browser.get(url("/cramp-now"));
		this.browser.findElement(By.id("cramp-start")).click();
		WebElement stop = this.wait.until(ExpectedConditions.elementToBeClickable(By.id("cramp-stop")));
		String since = this.browser.findElement(By.id("cramp-running")).getText().lines().findFirst().orElseThrow();
		WebElement discard = this.browser.findElement(By.id("cramp-discard"));
		int gap = discard.getRect().getY() - (stop.getRect().getY() + stop.getRect().getHeight());
		assertThat(gap).as("px between It's over and Discard").isGreaterThanOrEqualTo(120);
		screenshot("cramp-now-running");

		scrollTo(discard);
		discard.click();
		WebElement undo = this.wait.until(ExpectedConditions.elementToBeClickable(By.id("undo-discard-button")));
		assertThat(this.browser.findElement(By.cssSelector(".flash-success")).getText()).contains("Undo");
		screenshot("cramp-now-discarded");
		undo.click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("cramp-stop")));
		assertThat(this.browser.findElement(By.id("cramp-running")).getText()).startsWith(since);
		assertThat(this.browser.findElements(By.id("undo-discard-button"))).isEmpty();

		// save it, then delete it from the diary and undo
		this.browser.findElement(By.id("cramp-stop")).click();
		this.wait.until(ExpectedConditions.urlMatches(".*/cramp-now/\\d+$"));
		this.browser.findElement(By.id("intensity-4")).click();
		waitUntilPressed("intensity-4");
		this.browser.get(url("/episodes"));
		this.browser.findElement(By.cssSelector(".episode-list li.episode button.button-danger")).click();
		this.wait.until(ExpectedConditions.alertIsPresent()).accept();
		this.wait.until(ExpectedConditions.textToBe(By.cssSelector(".flash-success"), "Episode deleted."));
		assertThat(this.browser.findElements(By.cssSelector(".episode-list li.episode"))).isEmpty();
		screenshot("diary-deleted");
		this.browser.findElement(By.id("undo-delete-button")).click();
		this.wait.until(ExpectedConditions.textToBe(By.cssSelector(".flash-success"), "Episode restored."));
		List<WebElement> rows = this.browser.findElements(By.cssSelector(".episode-list li.episode"));
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).getText()).contains("4/10").contains("Side not given");
		assertThat(this.browser.findElements(By.id("undo-delete-button"))).isEmpty();
	}

	@Test
	void atNightTheHomePageTheDiaryAndTheCrampButtonAreDimmedInLightMode() {
		registerAndSignIn("nightowl");
		atLocalHour(14);
		this.browser.get(url("/"));
		assertThat(background("body")).isEqualTo("rgb(246, 247, 249)");
		String dayButton = background("#cramp-now-button");
		screenshot("home-day");

		atLocalHour(2);
		this.browser.get(url("/"));
		assertThat(this.browser.findElement(By.tagName("html")).getAttribute("data-night")).isNotNull();
		assertThat(background("body")).isEqualTo("rgb(13, 17, 23)");
		assertThat(background("#cramp-now-button")).isNotEqualTo(dayButton).isEqualTo("rgb(28, 51, 87)");
		screenshot("home-night");
		this.browser.get(url("/episodes"));
		assertThat(background("body")).isEqualTo("rgb(13, 17, 23)");
		screenshot("diary-night");
		this.browser.get(url("/cramp-now"));
		assertThat(background("#cramp-start")).isEqualTo("rgb(28, 51, 87)");
		screenshot("cramp-now-night");

		// a user who chose "light" keeps it
		((JavascriptExecutor) this.browser).executeScript("localStorage.setItem('crampwise-theme', 'light')");
		this.browser.get(url("/episodes"));
		assertThat(background("body")).isEqualTo("rgb(246, 247, 249)");
		((JavascriptExecutor) this.browser).executeScript("localStorage.removeItem('crampwise-theme')");
	}

	@Test
	void theChangedPagesFitADesktopAndAPhoneInLightAndDark() {
		String name = registerAndSignIn("nightowl");
		timeACramp();
		this.browser.findElement(By.id("sign-MUSCLE_WEAKNESS")).click();
		waitUntilPressed("sign-MUSCLE_WEAKNESS");
		String saved = this.browser.getCurrentUrl();
		everyChangedPage(saved, "phone-");
		this.browser.quit();
		this.browser = Browser.start(new Dimension(1280, 900));
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys(name);
		this.browser.findElement(By.id("password")).sendKeys(PASSWORD);
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
		everyChangedPage(saved, "desktop-");
	}

	private void everyChangedPage(String saved, String prefix) {
		for (String theme : new String[] { "light", "dark" }) {
			for (String page : new String[] { "/", "/episodes", "/tips", "/cramp-now", "/cramp-now/offline", saved }) {
				this.browser.get(page.startsWith("http") ? page : url(page));
				((JavascriptExecutor) this.browser)
					.executeScript("document.documentElement.setAttribute('data-theme', arguments[0])", theme);
				Object width = ((JavascriptExecutor) this.browser)
					.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
				assertThat(((Number) width).intValue()).as(page + " " + theme).isLessThanOrEqualTo(0);
				String file = page.startsWith("http") ? "_cramp-now-saved" : page.replace('/', '_');
				screenshot(prefix + theme + file);
			}
		}
	}

	// ---- helpers ----

	private void timeACramp() {
		this.browser.get(url("/cramp-now"));
		this.browser.findElement(By.id("cramp-start")).click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("cramp-stop"))).click();
		this.wait.until(ExpectedConditions.urlMatches(".*/cramp-now/\\d+$"));
	}

	/** The browser's clock shows that local hour now (a time zone chosen for it), before the next page loads. */
	private void atLocalHour(int hour) {
		int utc = ZonedDateTime.now(ZoneOffset.UTC).getHour();
		int offset = Math.floorMod(hour - utc + 12, 24) - 12;
		String zone = (offset == 0) ? "Etc/UTC" : "Etc/GMT" + ((offset > 0) ? "-" : "+") + Math.abs(offset);
		chrome().executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));
	}

	private String background(String selector) {
		return (String) ((JavascriptExecutor) this.browser).executeScript(
				"return getComputedStyle(document.querySelector(arguments[0])).backgroundColor", selector);
	}

	/** Pressed: a toggle's aria-pressed, or aria-checked in a one-of group (app.js makes those radio groups). */
	private void waitUntilPressed(String id) {
		this.wait.until(ExpectedConditions.jsReturnsValue("var b = document.getElementById('" + id
				+ "'); return b && (b.getAttribute('aria-pressed') === 'true' || b.getAttribute('aria-checked') === 'true')"
				+ " ? true : null;"));
	}

	private void choose(String field, String value) {
		WebElement input = this.browser.findElement(By.cssSelector("input[name='" + field + "'][value='" + value + "']"));
		WebElement label = input.findElement(By.xpath("./ancestor::label"));
		scrollTo(label);
		label.click();
		assertThat(input.isSelected()).as(field + " " + value).isTrue();
	}

	private void scrollTo(WebElement element) {
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
	}


	private void assertOnScreenWithoutScrolling(WebElement element) {
		assertThat(element.getRect().getY()).as("top of the urgent flag").isLessThan(740);
	}

	/** The element's top is on the screen as it is scrolled now. */
	private void assertInView(WebElement element) {
		Number top = (Number) ((JavascriptExecutor) this.browser)
			.executeScript("return arguments[0].getBoundingClientRect().top", element);
		assertThat(top.doubleValue()).as("top of the urgent flag in the viewport").isBetween(0.0, 600.0);
	}

	private void assertNoSidewaysScrolling() {
		Object width = ((JavascriptExecutor) this.browser).executeScript("return document.documentElement.scrollWidth");
		assertThat(((Number) width).intValue()).isLessThanOrEqualTo(360);
	}

	private void darkScreenshot(String name) {
		((JavascriptExecutor) this.browser).executeScript("document.documentElement.setAttribute('data-theme', 'dark')");
		screenshot(name);
		((JavascriptExecutor) this.browser).executeScript("document.documentElement.removeAttribute('data-theme')");
	}

	private void screenshot(String name) {
		try {
			Path target = Path.of("target", "screenshots", "night-" + name + ".png");
			Files.createDirectories(target.getParent());
			Files.write(target, ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
