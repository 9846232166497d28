package org.crampwise.account;


import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.crampwise.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person on a phone-sized Chromium: registers, signs out, signs in, sees the home page; a wrong password and an
 * unknown page get friendly answers.
 */
class AccountBrowserTests extends BrowserTest {

	@Test
	void registersSignsOutSignsInAndSeesTheHomePage() {
		this.browser.get(url("/register"));
		this.browser.findElement(By.id("username")).sendKeys("Nightowl");
		this.browser.findElement(By.id("password")).sendKeys("calf-stretch-2026");
		this.browser.findElement(By.cssSelector("form button[type=submit]")).click();

		// registration signs the user in and shows the ten recovery codes, once
		assertThat(this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recovery-codes")))
			.findElements(By.tagName("li"))).hasSize(10);
		assertThat(this.browser.findElement(By.cssSelector(".flash-success")).getText()).contains("signed in");
		this.browser.findElement(By.linkText("I have saved them: continue")).click();

		assertThat(greeting().getText()).isEqualTo("Hello, nightowl");

		navigateTo("Sign out");
		this.wait.until(ExpectedConditions.urlContains("/login?logout"));
		this.browser.get(url("/"));
		assertThat(this.browser.findElements(By.id("greeting"))).isEmpty();

		this.browser.get(url("/login"));
		signIn("nightowl", "calf-stretch-2026");
		assertThat(greeting().getText()).isEqualTo("Hello, nightowl");

		this.browser.get(url("/no-such-page"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
	}

	@Test
	void aWrongPasswordIsToldPlainly() {
		this.browser.get(url("/login"));
		signIn("nobody-here", "not-the-password");

		assertThat(this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error"))).getText()).contains("Wrong username or password");
		// the name stays, so only the password needs typing again
		assertThat(this.browser.findElement(By.id("username")).getAttribute("value")).isEqualTo("nobody-here");
	}

	@Test
	void registrationErrorsAreShownBesideTheirFields() {
		this.browser.get(url("/register"));
		this.browser.findElement(By.id("username")).sendKeys("x");
		this.browser.findElement(By.id("password")).sendKeys("short");
		this.browser.findElement(By.cssSelector("form button[type=submit]")).click();

		assertThat(this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username-errors"))).getText()).contains("3 to 40");
		assertThat(this.browser.findElement(By.id("password-errors")).getText()).contains("10 to 72");
		assertThat(this.browser.findElement(By.id("username")).getAttribute("aria-invalid")).isEqualTo("true");
	}

	private org.openqa.selenium.WebElement greeting() {
		try {
			return this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			throw new AssertionError("no greeting on " + this.browser.getCurrentUrl() + ":\n"
					+ this.browser.findElement(By.tagName("main")).getText(), ex);
		}
	}

	private void signIn(String username, String password) {
		this.browser.findElement(By.id("username")).clear();
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
	}

}
