package org.crampwise.support;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * A user journey in real headless Chromium at phone size (see {@link Browser}) against the whole application on a
 * random port. Each test gets a fresh browser; {@link #client} reaches the same server over HTTP for set-up.
 * <p>
 * Every page a journey opens is checked for accessibility ({@link Accessibility}: axe-core, duplicate ids, dangling
 * ARIA references, in light and dark): the browsers from {@link #openBrowser} check each new page the first time the
 * test looks at it (a get, a find, the URL or title), and the test fails at its end if any page failed. Call
 * {@link #assertAccessible()} to check the page on screen now, for example after a script changed it.
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

	private final List<WebDriver> opened = new ArrayList<>();

	private final Map<WebDriver, ChromeDriver> originals = new IdentityHashMap<>();

	private final Set<String> accessibilityProblems = new LinkedHashSet<>();

	/** Set while a check runs, so the checker's own calls through a checked browser check nothing. */
	private boolean checking;

	@BeforeEach
	void openBrowser() {
		this.browser = openBrowser(Browser.PHONE);
		// a choice that reloads the page makes an element read during the reload stale: read it again
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));
		this.wait.ignoring(StaleElementReferenceException.class);
	}

	/** A further browser of this size for this test, checked like the first and closed after the test. */
	protected WebDriver openBrowser(Dimension size) {
		WebDriver driver = Browser.start(size);
		this.opened.add(driver);
		WebDriver checked = new EventFiringDecorator<WebDriver>(new AccessibilityListener()).decorate(driver);
		this.originals.put(checked, (ChromeDriver) driver);
		return checked;
	}

	/**
	 * The Chromium driver behind {@link #browser}, for what only it can do (DevTools commands, network
	 * emulation). The checked browser is a decorator, so it cannot be cast to {@link ChromeDriver} itself.
	 */
	protected ChromeDriver chrome() {
		return chrome(this.browser);
	}

	/** The Chromium driver behind a browser from {@link #openBrowser}. */
	protected ChromeDriver chrome(WebDriver driver) {
		ChromeDriver original = this.originals.get(driver);
		if (original == null) {
			throw new IllegalArgumentException("not a browser of this test: " + driver);
		}
		return original;
	}

	@AfterEach
	void closeBrowser() {
		try {
			for (WebDriver driver : this.opened) {
				checkOnce(driver);
			}
		}
		finally {
			this.opened.forEach(WebDriver::quit);
			this.opened.clear();
			this.originals.clear();
		}
		if (!this.accessibilityProblems.isEmpty()) {
			throw new AssertionError(String.join("\n", this.accessibilityProblems));
		}
	}

	/** Checks the page on screen now (axe-core, ids and ARIA references, light and dark) and fails at once. */
	protected void assertAccessible() {
		Accessibility.assertAccessible(this.browser);
	}

	/**
	 * Goes to a destination of the site navigation as a person would, by its link text: a tap on a link in view, or
	 * a tap on "Menu" and then one on the link. Fails if the link is not there or takes more than two taps.
	 */
	protected void navigateTo(String linkText) {
		By link = By.xpath("//nav//*[(self::a or self::button) and normalize-space()='" + linkText + "']");
		if (!this.browser.findElement(link).isDisplayed()) {
			this.browser.findElement(By.cssSelector("nav [data-nav-menu] > summary")).click();
		}
		this.browser.findElement(link).click();
	}

	/** Signs this test's browser in as the user through the sign-in page and waits for the home page. */
	protected void signIn(ApiUser user) {
		this.browser.get(url("/login"));
		this.browser.findElement(By.id("username")).sendKeys(user.username());
		this.browser.findElement(By.id("password")).sendKeys(ApiUser.PASSWORD);
		this.browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(d -> d.findElements(By.id("greeting")).size() == 1);
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

	private void checkOnce(WebDriver driver) {
		if (this.checking) {
			return;
		}
		this.checking = true;
		try {
			Accessibility.assertAccessibleOnce(driver);
		}
		catch (AssertionError ex) {
			this.accessibilityProblems.add(ex.getMessage());
		}
		catch (RuntimeException ex) {
			// a window already closed, or a page mid-navigation: the next look at the page checks it
		}
		finally {
			this.checking = false;
		}
	}

	/**
	 * Checks each new document before the test first reads it. Selenium logs and swallows what a listener throws,
	 * so problems are gathered and reported when the test ends.
	 */
	private final class AccessibilityListener implements WebDriverListener {

		@Override
		public void afterGet(WebDriver driver, String url) {
			checkOnce(driver);
		}

		@Override
		public void beforeFindElement(WebDriver driver, By locator) {
			checkOnce(driver);
		}

		@Override
		public void beforeFindElements(WebDriver driver, By locator) {
			checkOnce(driver);
		}

		@Override
		public void beforeGetCurrentUrl(WebDriver driver) {
			checkOnce(driver);
		}

		@Override
		public void beforeGetTitle(WebDriver driver) {
			checkOnce(driver);
		}

		@Override
		public void beforeGetPageSource(WebDriver driver) {
			checkOnce(driver);
		}

		@Override
		public void beforeAnyWebElementCall(WebElement element, Method method, Object[] args) {
			// reading an element found on a page that has since reloaded: covered by the driver calls above
		}

	}

}
