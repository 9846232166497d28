package org.crampwise.support;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * A user journey in real headless Chromium at phone size (see {@link Browser}) against the whole application on a
 * random port. Each test gets a fresh browser; {@link #client} reaches the same server over HTTP for set-up.
 */
@IntegrationTest
@Tag("browser")
public abstract class BrowserTest {

	/** The password of every user {@link #registerAndSignIn} makes. */
	protected static final String PASSWORD = "calf-stretch-2026";

	private static final AtomicInteger USERS = new AtomicInteger();

	@LocalServerPort
	protected int port;

	@Autowired
	protected RestTestClient client;

	protected WebDriver browser;

	protected WebDriverWait wait;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.start(Browser.PHONE);
		// a choice that reloads the page makes an element read during the reload stale: read it again
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));
		this.wait.ignoring(StaleElementReferenceException.class);
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/**
	 * Registers a new user on the page (which signs them in and shows the recovery codes once), then opens home.
	 * @return the new user's name, starting with the given prefix
	 */
	protected String registerAndSignIn(String prefix) {
		String name = prefix + USERS.incrementAndGet() + "-" + System.nanoTime() % 10000;
		this.browser.get(url("/register"));
		this.browser.findElement(By.id("username")).sendKeys(name);
		this.browser.findElement(By.id("password")).sendKeys(PASSWORD);
		this.browser.findElement(By.cssSelector("form button[type=submit]")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recovery-codes")));
		this.browser.get(url("/"));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
		return name;
	}

}
