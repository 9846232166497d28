package org.crampwise.reminders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.crampwise.support.ApiUser;
import org.crampwise.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminders page in a phone-sized Chromium: reached from the menu, a refused time with its error beside the
 * field, the feed made and its address shown once with a copy button and a subscribe link, the address working
 * for a calendar app, then replaced (the old one stops) and turned off. Run with
 * {@code -Dcrampwise.screenshots=/some/dir} to keep a screenshot of each screen (phone, and at the end desktop, light
 * and dark).
 */
class RemindersBrowserTests extends BrowserTest {

	final HttpClient calendarApp = HttpClient.newHttpClient();

	@Test
	void makesReplacesAndTurnsOffTheReminderCalendar() throws Exception {
		ApiUser user = ApiUser.register(this.client, "phone");
		signIn(user);
		navigateTo("Reminders");
		this.wait.until(ExpectedConditions.urlContains("/reminders"));
		assertThat(this.browser.findElement(By.id("reminders-privacy")).getText()).contains("Crampwise check-in");
		assertThat(this.browser.findElement(By.id("checkInAt")).getAttribute("value")).isEqualTo("21:30");
		assertThat(this.browser.findElement(By.id("morningAt")).getAttribute("value")).isEqualTo("07:30");
		screenshots("reminders-empty");

		// 13:00 is not an evening: refused beside the field, nothing made
		setTime("checkInAt", "13:00");
		click(By.id("feed-create"));
		assertThat(this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("checkInAt-errors"))).getText())
			.isEqualTo("Must be a time from 16:00 to 23:59, written as HH:mm.");
		assertThat(this.browser.findElement(By.id("checkInAt")).getAttribute("aria-describedby"))
			.contains("checkInAt-errors");
		assertThat(this.browser.findElements(By.id("feed-on"))).isEmpty();
		screenshots("reminders-refused");

		setTime("checkInAt", "22:00");
		click(By.id("feed-create"));
		String url = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("feed-url"))).getAttribute("value");
		assertThat(url).matches("http://localhost:\\d+/reminders/calendar/[A-Za-z0-9_-]{43}\\.ics");
		assertThat(this.browser.findElement(By.id("feed-subscribe")).getAttribute("href"))
			.isEqualTo(url.replace("http://", "webcal://"));
		assertThat(this.browser.findElement(By.cssSelector(".flash-success")).getText()).contains("shown only this once");
		assertNoSidewaysScrolling();
		screenshots("reminders-made");

		HttpResponse<String> feed = fetch(url);
		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.body()).contains("T220000", "SUMMARY:Crampwise check-in", "BEGIN:VALARM");

		this.browser.get(url("/reminders"));
		assertThat(this.browser.findElements(By.id("feed-url"))).as("shown only once").isEmpty();
		assertThat(this.browser.findElement(By.id("checkInAt")).getAttribute("value")).isEqualTo("22:00");
		assertThat(this.browser.findElement(By.id("feed-on")).getText()).doesNotContain(url);
		screenshots("reminders-on");

		click(By.id("feed-replace"));
		String replaced = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("feed-url")))
			.getAttribute("value");
		assertThat(replaced).isNotEqualTo(url);
		assertThat(fetch(url).statusCode()).isEqualTo(404);
		assertThat(fetch(replaced).body()).contains("T220000");

		click(By.id("feed-revoke"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("feed-create")));
		assertThat(this.browser.findElement(By.cssSelector(".flash-success")).getText()).contains("no longer works");
		assertThat(fetch(replaced).statusCode()).isEqualTo(404);

		desktopScreenshots(user);
	}

	/** The same screens in a desktop-sized browser, when -Dcrampwise.screenshots is set. */
	private void desktopScreenshots(ApiUser user) {
		if (System.getProperty("crampwise.screenshots") == null) {
			return;
		}
		WebDriver desktop = openBrowser(new Dimension(1280, 900));
		desktop.get(url("/login"));
		desktop.findElement(By.id("username")).sendKeys(user.username());
		desktop.findElement(By.id("password")).sendKeys(ApiUser.PASSWORD);
		desktop.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(desktop, Duration.ofSeconds(10)).until(d -> d.findElements(By.id("greeting")).size() == 1);
		desktop.get(url("/reminders"));
		screenshots(desktop, "reminders-empty-desktop");
		desktop.findElement(By.id("feed-create")).click();
		new WebDriverWait(desktop, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("feed-url")));
		screenshots(desktop, "reminders-made-desktop");
		desktop.get(url("/reminders"));
		screenshots(desktop, "reminders-on-desktop");
	}

	/** What picking a time in the browser's time picker does: sets the input's value. */
	private void setTime(String id, String value) {
		WebElement input = this.browser.findElement(By.id(id));
		((JavascriptExecutor) this.browser).executeScript("arguments[0].value = arguments[1]", input, value);
	}

	private HttpResponse<String> fetch(String url) throws Exception {
		return this.calendarApp.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private void click(By by) {
		WebElement element = this.browser.findElement(by);
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	private void assertNoSidewaysScrolling() {
		Object width = ((JavascriptExecutor) this.browser).executeScript("return document.documentElement.scrollWidth");
		assertThat(((Number) width).intValue()).as("page width at 360 px").isLessThanOrEqualTo(360);
	}

	private void screenshots(String name) {
		screenshots(this.browser, name + "-phone");
	}

	/** Light and dark, when -Dcrampwise.screenshots is set. */
	private void screenshots(WebDriver driver, String name) {
		String directory = System.getProperty("crampwise.screenshots");
		if (directory == null) {
			return;
		}
		try {
			for (String theme : new String[] { "light", "dark" }) {
				((JavascriptExecutor) driver)
					.executeScript("document.documentElement.setAttribute('data-theme', arguments[0])", theme);
				Path target = Path.of(directory, name + "-" + theme + ".png");
				Files.createDirectories(target.getParent());
				Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			((JavascriptExecutor) driver).executeScript("document.documentElement.removeAttribute('data-theme')");
		}
	}

}
