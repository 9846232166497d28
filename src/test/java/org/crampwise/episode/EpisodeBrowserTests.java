package org.crampwise.episode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.crampwise.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person on a 360 x 740 phone in Chromium: taps "Cramp now" on the home page, stops it, picks the intensity (three
 * taps), sees the episode in the diary, edits it, and deletes it after one confirmation. Set
 * {@code -Dcrampwise.screenshots=/some/dir} to keep a screenshot of each screen.
 */
class EpisodeBrowserTests extends BrowserTest {

	@Test
	void threeTapsLogACrampThenTheDiaryShowsEditsAndDeletesIt() {
		registerAndSignIn("sleeper");
		screenshot("home");

		// tap 1: on the home page
		WebElement start = this.browser.findElement(By.id("cramp-now-button"));
		assertLargeTarget(start, 150);
		start.click();
		WebElement stop = this.wait.until(ExpectedConditions.elementToBeClickable(By.id("cramp-stop")));
		assertThat(this.browser.getCurrentUrl()).endsWith("/cramp-now");
		assertThat(this.browser.findElement(By.id("cramp-running")).getText()).contains("Timing since");
		assertDarkPage();
		screenshot("cramp-now-running");

		// a reload (or a closed tab) keeps the timer
		this.browser.navigate().refresh();
		stop = this.wait.until(ExpectedConditions.elementToBeClickable(By.id("cramp-stop")));

		// tap 2: stop and save
		assertLargeTarget(stop, 150);
		stop.click();
		this.wait.until(ExpectedConditions.urlMatches(".*/cramp-now/\\d+$"));
		assertThat(this.browser.findElement(By.cssSelector(".flash-success")).getText()).isEqualTo("Cramp saved.");
		List<WebElement> choices = this.browser.findElements(By.cssSelector(".quick-button"));
		assertThat(choices).hasSizeGreaterThanOrEqualTo(11 + 4 + 3 + 4);
		choices.forEach(choice -> assertLargeTarget(choice, 48));
		assertNoSidewaysScrolling();
		assertDarkPage();
		screenshot("cramp-now-saved");

		// tap 3: the intensity
		this.browser.findElement(By.id("intensity-7")).click();
		waitUntilPressed("intensity-7");
		this.browser.findElement(By.id("muscle-CALF")).click();
		waitUntilPressed("muscle-CALF");
		assertThat(this.browser.getCurrentUrl()).endsWith("#quick-muscle");
		screenshot("cramp-now-rated");

		this.browser.findElement(By.id("saved-done")).click();
		this.wait.until(ExpectedConditions.urlMatches(".*/episodes$"));
		WebElement row = this.browser.findElement(By.cssSelector(".episode-list li.episode"));
		assertThat(row.getText()).contains("7/10").contains("Calf").contains("Side not given").contains(" s");
		assertNoSidewaysScrolling();
		screenshot("diary");

		// edit: side, intensity and a warning sign
		row.findElement(By.linkText("Edit")).click();
		this.wait.until(ExpectedConditions.urlMatches(".*/episodes/\\d+/edit$"));
		choose("side", "LEFT");
		choose("intensity", "5");
		choose("warningSigns", "CALF_SWELLING_OR_REDNESS");
		screenshot("edit");
		this.browser.findElement(By.id("save-episode")).click();
		this.wait.until(ExpectedConditions.urlMatches(".*/episodes$"));
		row = this.browser.findElement(By.cssSelector(".episode-list li.episode"));
		assertThat(row.getText()).contains("5/10").contains("Calf · Left leg").contains("Calf swollen");
		assertThat(row.getAttribute("class")).contains("episode-has-warning");
		assertThat(this.browser.findElement(By.cssSelector(".flash-success")).getText()).isEqualTo("Episode updated.");
		screenshot("diary-edited");

		// delete asks once
		row.findElement(By.cssSelector("button.button-danger")).click();
		this.wait.until(ExpectedConditions.alertIsPresent()).dismiss();
		assertThat(this.browser.findElements(By.cssSelector(".episode-list li.episode"))).hasSize(1);
		this.browser.findElement(By.cssSelector(".episode-list li.episode button.button-danger")).click();
		this.wait.until(ExpectedConditions.alertIsPresent()).accept();
		this.wait.until(ExpectedConditions.textToBe(By.cssSelector(".flash-success"), "Episode deleted."));
		assertThat(this.browser.findElements(By.cssSelector(".episode-list li.episode"))).isEmpty();
		assertThat(this.browser.findElement(By.cssSelector(".diary-empty")).isDisplayed()).isTrue();
	}

	@Test
	void aRunningTimerTurnsTheHomeButtonIntoStopAndTheLogFormSuggestsLastNight() {
		registerAndSignIn("sleeper");
		this.browser.findElement(By.id("cramp-now-button")).click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("cramp-stop")));

		this.browser.get(url("/"));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cramp-now-button"), "It's over"));
		this.browser.findElement(By.id("cramp-now-button")).click();
		this.wait.until(ExpectedConditions.urlMatches(".*/cramp-now/\\d+$"));

		this.browser.get(url("/episodes/new"));
		assertThat(this.browser.findElement(By.id("time")).getAttribute("value")).matches("03:00|0[0-2]:\\d\\d");
		screenshot("log-form");
		assertNoSidewaysScrolling();
		this.browser.findElement(By.id("save-episode")).click();
		assertThat(this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("minutes-errors"))).getText())
			.contains("1 second to 24 hours");
		assertThat(this.browser.findElement(By.id("intensity-errors")).getText()).contains("0 to 10");
		screenshot("log-form-errors");
	}

	/** Each quick choice reloads the page; asked in the page itself, the question never meets a stale element. */
	private void waitUntilPressed(String id) {
		this.wait.until(ExpectedConditions.jsReturnsValue("var b = document.getElementById('" + id
				+ "'); return b && (b.getAttribute('aria-pressed') === 'true' || b.getAttribute('aria-checked') === 'true')"
				+ " ? true : null;"));
	}

	private void choose(String field, String value) {
		WebElement input = this.browser.findElement(By.cssSelector("input[name='" + field + "'][value='" + value + "']"));
		WebElement label = input.findElement(By.xpath("./ancestor::label"));
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", label);
		label.click();
		assertThat(input.isSelected()).as(field + " " + value).isTrue();
	}


	private void assertLargeTarget(WebElement element, int minHeight) {
		Rectangle box = element.getRect();
		assertThat(box.getHeight()).as("height of " + element.getText()).isGreaterThanOrEqualTo(minHeight);
		assertThat(box.getWidth()).as("width of " + element.getText()).isGreaterThanOrEqualTo(48);
	}

	private void assertNoSidewaysScrolling() {
		Object width = ((JavascriptExecutor) this.browser)
			.executeScript("return document.documentElement.scrollWidth");
		Object tooWide = ((JavascriptExecutor) this.browser).executeScript(
				"return Array.from(document.querySelectorAll('body *'))"
						+ ".filter(e => e.getBoundingClientRect().right > 360)"
						+ ".map(e => e.tagName + '.' + e.className + '#' + e.id).slice(0, 5).join(', ')");
		assertThat(((Number) width).intValue()).as("page width at 360 px; too wide: " + tooWide)
			.isLessThanOrEqualTo(360);
	}

	private void assertDarkPage() {
		Object background = ((JavascriptExecutor) this.browser)
			.executeScript("return getComputedStyle(document.body).backgroundColor");
		assertThat(background).isEqualTo("rgb(13, 17, 23)");
	}

	private void screenshot(String name) {
		String directory = System.getProperty("crampwise.screenshots");
		if (directory == null) {
			return;
		}
		try {
			Path target = Path.of(directory, "episode-" + name + ".png");
			Files.createDirectories(target.getParent());
			Files.write(target, ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
