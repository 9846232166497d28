package org.crampwise.nights;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.crampwise.support.Browser;
import org.crampwise.support.BrowserTest;
import org.crampwise.system.NightRule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A phone-sized Chromium (360x740): the calendar from the navigation, a tap on a night, one tap "No cramps", and the
 * day then shows its status in words with its link and as its tooltip on keyboard focus; the check-in link opens that
 * night. Screenshots at 360x740 and 1280x900, light and dark, go to target/screenshots.
 */
class CalendarBrowserTests extends BrowserTest {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@Test
	void aNightMarkedNoCrampsShowsSoInTheCalendarWithItsLinks() throws IOException {
		registerAndSignIn("calendar");
		// three nights back is a past night in every time zone
		LocalDate night = NightRule.nightOf(OffsetDateTime.now(ZoneOffset.UTC)).minusDays(3);

		navigateTo("Calendar");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("calendar-legend")));
		if (!this.browser.getCurrentUrl().endsWith("/calendar/" + night.getYear())) {
			this.browser.get(url("/calendar/" + night.getYear()));
		}
		WebElement day = this.browser.findElement(By.id("day-" + night));
		assertThat(day.getAttribute("data-state")).isEqualTo("unknown");
		assertThat(day.getSize().getWidth()).as("a day's width at 360 px").isGreaterThanOrEqualTo(40);
		assertThat(day.getSize().getHeight()).as("a day's height").isGreaterThanOrEqualTo(40);
		day.click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("night-no-cramps"))).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash-success")));

		assertThat(this.browser.getCurrentUrl()).contains("/calendar/" + night.getYear() + "?night=" + night);
		day = this.browser.findElement(By.id("day-" + night));
		assertThat(day.getAttribute("data-state")).isEqualTo("none");
		assertThat(day.getAttribute("aria-label")).endsWith(": No cramps");
		assertThat(day.getAttribute("href")).endsWith("/calendar/" + night.getYear() + "?night=" + night + "#night");
		// the mark is the stylesheet's, with no text for a screen reader; the label, said once, is the tooltip on
		// keyboard focus, which Escape hides
		JavascriptExecutor js = (JavascriptExecutor) this.browser;
		assertThat(js.executeScript("return getComputedStyle(arguments[0], '::before').content",
				day.findElement(By.tagName("i")))).isEqualTo("\"\u2713\" / \"\"");
		assertThat(day.getDomAttribute("title")).isNull();
		js.executeScript("arguments[0].focus()", day);
		new Actions(this.browser).sendKeys(Keys.TAB).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
		assertThat(this.browser.switchTo().activeElement()).isEqualTo(day);
		assertThat(js.executeScript("return getComputedStyle(arguments[0], '::after').content", day))
			.isEqualTo("\"" + day.getAttribute("aria-label") + "\" / \"\"");
		new Actions(this.browser).sendKeys(Keys.ESCAPE).perform();
		assertThat(js.executeScript("return getComputedStyle(arguments[0], '::after').display", day)).isEqualTo("none");
		js.executeScript("arguments[0].blur()", day);
		assertThat(this.browser.findElement(By.id("night-status")).getText()).isEqualTo("No cramps · no check-in");
		assertThat(this.browser.findElements(By.id("night-unmark"))).hasSize(1);
		String page = this.browser.getCurrentUrl();
		screenshots(this.browser, "phone", night);

		// the same page on a desktop-sized browser with the same session
		WebDriver desktop = Browser.start(new Dimension(1280, 900));
		try {
			desktop.get(url("/login"));
			this.browser.manage().getCookies().forEach(cookie -> desktop.manage().addCookie(cookie));
			desktop.get(page);
			screenshots(desktop, "desktop", night);
		}
		finally {
			desktop.quit();
		}

		this.browser.findElement(By.id("night-checkin")).click();
		this.wait.until(ExpectedConditions.urlContains("/checkin/" + night));
		this.browser.findElement(By.id("save-checkin")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash-success")));
		this.browser.get(url("/calendar/" + night.getYear()));
		assertThat(this.browser.findElement(By.id("day-" + night)).getAttribute("aria-label"))
			.endsWith(": No cramps, check-in done");
	}

	/** Light, then dark (the page's theme toggle): the top of the page, and the night's month. */
	private static void screenshots(WebDriver driver, String size, LocalDate night) throws IOException {
		for (String theme : new String[] { "light", "dark" }) {
			if (theme.equals("dark")) {
				driver.findElement(By.cssSelector("[data-theme-toggle]")).click();
			}
			((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
			screenshot(driver, "calendar-" + size + "-" + theme);
			((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})",
					driver.findElement(By.id("day-" + night)));
			screenshot(driver, "calendar-" + size + "-" + theme + "-month");
		}
	}

	private static void screenshot(WebDriver driver, String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
	}

}
