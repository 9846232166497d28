package org.crampwise.account;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.crampwise.support.ApiUser;
import org.crampwise.support.Browser;
import org.crampwise.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staying signed in at night, in Chromium: "keep me signed in" outlives the session cookie, the sign-in page says
 * why it appears, the devices page revokes another browser, and a recovery code sets a new password once.
 */
class SessionBrowserTests extends BrowserTest {

	@Test
	void keepMeSignedInSurvivesADeletedSessionCookieAndWithoutItTheSignInPageSaysWhy() {
		ApiUser user = ApiUser.register(this.client, "night");
		signIn(this.browser, user.username(), ApiUser.PASSWORD, true);
		this.browser.manage().deleteCookieNamed("JSESSIONID");

		this.browser.get(url("/cramp-now"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/cramp-now");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isNotEqualTo("Sign in");

		// the same, but with neither cookie usable: the session ended, and the page names where the user was going
		this.browser.manage().deleteAllCookies();
		this.browser.get(url("/"));
		// a session id of the form the server hands out (base64 of a UUID), for a session that no longer exists
		String ended = java.util.Base64.getEncoder()
			.encodeToString(java.util.UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		this.browser.manage().addCookie(new Cookie("JSESSIONID", ended));
		this.browser.get(url("/cramp-now"));
		this.wait.until(ExpectedConditions.urlContains("/login"));
		assertThat(this.browser.findElement(By.id("login-reason")).getText())
			.isEqualTo("Your session ended. Sign in to continue to Cramp now.");
		signIn(this.browser, user.username(), ApiUser.PASSWORD, false);
		this.wait.until(ExpectedConditions.urlContains("/cramp-now"));
	}

	@Test
	void theDevicesPageRevokesAnotherBrowser() {
		ApiUser user = ApiUser.register(this.client, "devices");
		signIn(this.browser, user.username(), ApiUser.PASSWORD, true);
		WebDriver other = Browser.start(Browser.PHONE);
		try {
			signIn(other, user.username(), ApiUser.PASSWORD, true);
			other.get(url("/profile"));
			assertThat(other.getCurrentUrl()).endsWith("/profile");

			this.browser.get(url("/profile"));
			this.browser.findElement(By.linkText("Signed-in devices")).click();
			this.wait.until(ExpectedConditions.urlContains("/profile/devices"));
			List<WebElement> devices = this.browser.findElements(By.cssSelector(".device"));
			assertThat(devices).hasSize(2);
			WebElement notThisOne = devices.stream()
				.filter(d -> d.findElements(By.cssSelector(".device-current")).isEmpty())
				.findFirst()
				.orElseThrow();
			notThisOne.findElement(By.tagName("button")).click();

			assertThat(this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash-success")))
				.getText()).isEqualTo("That device is signed out.");
			assertThat(this.browser.findElements(By.cssSelector(".device"))).hasSize(1);
			assertThat(this.browser.findElement(By.cssSelector(".device-current")).getText()).isEqualTo("(this device)");

			// the other browser is out at once, though it kept both its cookies
			other.get(url("/profile"));
			assertThat(other.getCurrentUrl()).contains("/login");
		}
		finally {
			other.quit();
		}
	}

	@Test
	void aRecoveryCodeSetsANewPasswordOnce() {
		this.browser.get(url("/register"));
		String username = "forgetful" + System.nanoTime() % 100000;
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys("first-password-1");
		this.browser.findElement(By.cssSelector("form button[type=submit]")).click();
		List<WebElement> codes = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recovery-codes")))
			.findElements(By.tagName("code"));
		assertThat(codes).hasSize(10);
		String code = codes.get(3).getText();
		assertThat(code).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");
		navigateTo("Sign out");
		this.wait.until(ExpectedConditions.urlContains("/login?logout"));
		assertThat(this.browser.findElement(By.id("login-reason")).getText()).isEqualTo("You have signed out.");

		this.browser.findElement(By.id("forgot-link")).click();
		recover(username, code.toUpperCase().replace("-", " "), "second-password-2");
		assertThat(this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash-success")))
			.getText()).contains("new password is set");
		assertThat(this.browser.findElement(By.id("username")).getAttribute("value")).isEqualTo(username);
		signIn(this.browser, username, "second-password-2", false);
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));

		// a used code and an unknown name get the very same answer
		this.browser.manage().deleteAllCookies();
		this.browser.get(url("/recover"));
		recover(username, code, "third-password-3");
		String usedCode = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recover-error"))).getText();
		this.browser.get(url("/recover"));
		recover("no-such-name-here", code, "third-password-3");
		assertThat(this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recover-error"))).getText())
			.isEqualTo(usedCode)
			.startsWith("That username and recovery code do not match.");
	}

	private void recover(String username, String code, String newPassword) {
		this.wait.until(ExpectedConditions.urlContains("/recover"));
		this.browser.findElement(By.id("username")).clear();
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("code")).sendKeys(code);
		this.browser.findElement(By.id("newPassword")).sendKeys(newPassword);
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
	}

	private void signIn(WebDriver driver, String username, String password, boolean keep) {
		if (!driver.getCurrentUrl().contains("/login")) {
			driver.get(url("/login"));
		}
		driver.findElement(By.id("username")).clear();
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		if (keep) {
			driver.findElement(By.id("remember-me")).click();
		}
		driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
		new WebDriverWait(driver, java.time.Duration.ofSeconds(10))
			.until(d -> !d.getCurrentUrl().contains("/login"));
	}

}
