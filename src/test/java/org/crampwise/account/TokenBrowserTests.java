package org.crampwise.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.crampwise.support.ApiUser;
import org.crampwise.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tokens page in a phone-sized Chromium: from the profile to /profile/tokens, a refused form with its errors
 * beside the fields, a token made and shown once, used by a script, revoked, and refused at once. Run with
 * {@code -Dcrampwise.screenshots=/some/dir} to keep a screenshot of each screen (phone and desktop, light and dark).
 */
class TokenBrowserTests extends BrowserTest {

	@Test
	void makesUsesAndRevokesAToken() throws Exception {
		ApiUser user = ApiUser.register(this.client, "scripter");
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys(user.username());
		this.browser.findElement(By.id("password")).sendKeys(ApiUser.PASSWORD);
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));

		this.browser.get(url("/profile"));
		click(By.id("tokens-link"));
		this.wait.until(ExpectedConditions.urlContains("/profile/tokens"));
		assertThat(this.browser.findElement(By.id("token-none")).getText()).isEqualTo("No tokens yet.");

		WebElement days = this.browser.findElement(By.id("expiresInDays"));
		days.clear();
		days.sendKeys("999");
		click(By.id("create-token"));
		assertThat(this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("name-errors"))).getText())
			.contains("1 to 60");
		assertThat(this.browser.findElement(By.id("expiresInDays-errors")).getText()).contains("between 1 and 365");

		this.browser.findElement(By.id("name")).sendKeys("backup script");
		days = this.browser.findElement(By.id("expiresInDays"));
		days.clear();
		days.sendKeys("30");
		click(By.cssSelector("input[name=scope][value=READ]"));
		click(By.id("create-token"));
		String token = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token-value")))
			.getAttribute("value");
		assertThat(token).matches("cwt_[A-Za-z0-9_-]{43}");
		assertThat(this.browser.findElement(By.id("token-created")).getText()).contains("backup script",
				"shown only this once");
		assertNoSidewaysScrolling();
		screenshots("tokens-made");

		HttpClient script = HttpClient.newHttpClient();
		assertThat(call(script, token)).isEqualTo(200);

		this.browser.get(url("/profile/tokens"));
		assertThat(this.browser.findElements(By.id("token-value"))).as("shown only once").isEmpty();
		WebElement item = this.browser.findElement(By.cssSelector(".token-item"));
		assertThat(item.getText()).contains("backup script", "Read only", "last used").doesNotContain(token);
		screenshots("tokens-list");

		click(By.cssSelector(".token-item button[type=submit]"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token-none")));
		assertThat(this.browser.findElement(By.cssSelector(".flash-success")).getText()).contains("stops working at once");
		assertThat(call(script, token)).isEqualTo(401);
	}

	private int call(HttpClient script, String token) throws Exception {
		return script.send(HttpRequest.newBuilder(URI.create(url("/api/v1/account")))
			.header("Authorization", "Bearer " + token)
			.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
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

	/** Phone and desktop, light and dark, when -Dcrampwise.screenshots is set. */
	private void screenshots(String name) {
		String directory = System.getProperty("crampwise.screenshots");
		if (directory == null) {
			return;
		}
		Dimension phone = this.browser.manage().window().getSize();
		try {
			for (String theme : new String[] { "light", "dark" }) {
				((JavascriptExecutor) this.browser)
					.executeScript("document.documentElement.setAttribute('data-theme', arguments[0])", theme);
				for (Dimension size : new Dimension[] { phone, new Dimension(1280, 900) }) {
					this.browser.manage().window().setSize(size);
					Path target = Path.of(directory, name + "-" + size.getWidth() + "-" + theme + ".png");
					Files.createDirectories(target.getParent());
					Files.write(target, ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.browser.manage().window().setSize(phone);
			((JavascriptExecutor) this.browser).executeScript("document.documentElement.removeAttribute('data-theme')");
		}
	}

}
