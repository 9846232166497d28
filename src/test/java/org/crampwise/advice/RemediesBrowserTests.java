package org.crampwise.advice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.crampwise.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor on a 360 px phone finds the remedies library from the menu, reads all ten remedies with their evidence,
 * and the page fits the screen in the light and the dark theme. Screenshots go to target/screenshots.
 */
class RemediesBrowserTests extends BrowserTest {

	@Test
	void aVisitorOnAPhoneReadsAllTenRemediesInBothThemes() throws IOException {
		this.browser.get("http://localhost:" + this.port + "/");
		navigateTo("Remedies");

		WebElement heading = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
		assertThat(heading.getText()).isEqualTo("Ten remedies for night-time leg cramps");
		List<WebElement> cards = this.browser.findElements(By.cssSelector(".remedy-card"));
		assertThat(cards).hasSize(10);
		assertThat(cards).allSatisfy(card -> {
			assertThat(card.findElement(By.cssSelector(".evidence-badge")).getText()).startsWith("Evidence:");
			assertThat(card.findElement(By.tagName("h2")).getText()).isNotBlank();
		});
		assertThat(cards.get(5).getText()).contains("Magnesium: ask your clinician first");
		fitsThePhone("light");

		String before = background();
		this.browser.findElement(By.cssSelector("[data-theme-toggle]")).click();
		String theme = this.browser.findElement(By.tagName("html")).getAttribute("data-theme");
		assertThat(theme).isIn("dark", "light");
		assertThat(background()).isNotEqualTo(before);
		fitsThePhone(theme);

		this.browser.findElement(By.linkText("Stretch your calves before bed")).click();
		assertThat(this.browser.getCurrentUrl()).endsWith("#stretch-before-bed");
	}

	private String background() {
		return (String) ((JavascriptExecutor) this.browser)
			.executeScript("return getComputedStyle(document.body).backgroundColor");
	}

	private void fitsThePhone(String theme) throws IOException {
		Number width = (Number) ((JavascriptExecutor) this.browser)
			.executeScript("return document.documentElement.scrollWidth");
		assertThat(width.intValue()).as("page width in the " + theme + " theme").isLessThanOrEqualTo(360);
		Path shots = Path.of("target", "screenshots");
		Files.createDirectories(shots);
		Files.write(shots.resolve("remedies-" + theme + ".png"),
				((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES));
	}

}
