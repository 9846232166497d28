package org.crampwise.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.crampwise.support.ApiUser;
import org.crampwise.support.Browser;
import org.crampwise.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site navigation at phone size (360 x 740) and on a desktop (1280 x 800), signed in and not: every destination
 * is on screen in at most two taps (a link in view, or "Menu" and then the link), no part of the header scrolls
 * sideways, and each destination opens (and, through {@link BrowserTest}, passes the accessibility checks).
 */
class NavigationBrowserTests extends BrowserTest {

	private static final Dimension DESKTOP = new Dimension(1280, 800);

	@Test
	void everyDestinationIsAtMostTwoTapsAwayOnAPhoneWhenSignedIn() {
		signIn(ApiUser.register(this.client, "nav"));
		assertEveryDestinationWithinTwoTaps(this.browser, Browser.PHONE.getWidth(), true);
	}

	@Test
	void everyDestinationIsAtMostTwoTapsAwayOnAPhoneForAVisitor() {
		this.browser.get(url("/"));
		assertEveryDestinationWithinTwoTaps(this.browser, Browser.PHONE.getWidth(), false);
	}

	@Test
	void everyDestinationIsAtMostTwoTapsAwayOnADesktopWhenSignedIn() {
		ApiUser user = ApiUser.register(this.client, "navdesk");
		this.browser = openBrowser(DESKTOP);
		signIn(user);
		assertEveryDestinationWithinTwoTaps(this.browser, DESKTOP.getWidth(), true);
	}

	@Test
	void theMenuClosesWithEscapeAndGivesFocusBackToItsButton() {
		signIn(ApiUser.register(this.client, "navkey"));
		this.browser.findElement(By.cssSelector("[data-nav-menu] > summary")).click();
		assertThat(this.browser.findElement(By.cssSelector("[data-nav-menu]")).getDomAttribute("open")).isNotNull();
		assertAccessible();
		this.browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
		assertThat(this.browser.findElement(By.cssSelector("[data-nav-menu]")).getDomAttribute("open")).isNull();
		assertThat(this.browser.switchTo().activeElement().getTagName()).isEqualTo("summary");
	}

	private void assertEveryDestinationWithinTwoTaps(WebDriver driver, int width, boolean signedIn) {
		WebDriverWait pageWait = new WebDriverWait(driver, Duration.ofSeconds(10));
		List<String> destinations = new ArrayList<>();
		for (WebElement item : driver.findElements(By.cssSelector("nav a[href], nav button[type=submit]"))) {
			destinations.add(item.getAttribute("textContent").strip());
		}
		List<String> expected = signedIn
				? List.of("Cramp now", "Diary", "Check-in", "Home", "Your tips", "Profile", "Export and share",
						"Remedies", "Sign out")
				: List.of("Sign in", "Create account", "Home", "Remedies");
		assertThat(destinations).containsAll(expected);
		String home = driver.getCurrentUrl();
		for (String destination : destinations) {
			if ("Sign out".equals(destination)) {
				continue;
			}
			driver.get(home);
			assertNoSidewaysScroller(driver, width);
			int taps = tapsToReveal(driver, destination, width);
			assertThat(taps).as("taps to reach %s at %d px", destination, width).isBetween(1, 2);
			String before = driver.getCurrentUrl();
			link(driver, destination).click();
			pageWait.until(d -> !d.getCurrentUrl().equals(before) || "Home".equals(destination));
			assertThat(driver.findElements(By.cssSelector(".error-page"))).as("%s opens", destination).isEmpty();
		}
		if (signedIn) {
			driver.get(home);
			assertThat(tapsToReveal(driver, "Sign out", width)).isBetween(1, 2);
		}
	}

	/** Taps "Menu" only when the link is not on screen already; answers the taps it takes to tap the link. */
	private int tapsToReveal(WebDriver driver, String destination, int width) {
		if (onScreen(driver, link(driver, destination), width)) {
			return 1;
		}
		driver.findElement(By.cssSelector("nav [data-nav-menu] > summary")).click();
		assertThat(onScreen(driver, link(driver, destination), width))
			.as("%s is on screen after one tap on Menu at %d px", destination, width)
			.isTrue();
		assertNoSidewaysScroller(driver, width);
		return 2;
	}

	private static WebElement link(WebDriver driver, String text) {
		return driver.findElement(By.xpath("//nav//*[(self::a or self::button) and normalize-space()='" + text + "']"));
	}

	/** Displayed, inside the window, and not clipped by a scrolling ancestor. */
	private static boolean onScreen(WebDriver driver, WebElement element, int width) {
		if (!element.isDisplayed()) {
			return false;
		}
		Object inside = ((JavascriptExecutor) driver).executeScript("""
				const r = arguments[0].getBoundingClientRect();
				if (r.width === 0 || r.left < 0 || r.right > arguments[1] || r.top < 0) { return false; }
				for (let p = arguments[0].parentElement; p; p = p.parentElement) {
				  const b = p.getBoundingClientRect();
				  if (getComputedStyle(p).overflowX !== 'visible' && (r.left < b.left || r.right > b.right)) {
				    return false;
				  }
				}
				return true;""", element, width);
		return Boolean.TRUE.equals(inside);
	}

	private static void assertNoSidewaysScroller(WebDriver driver, int width) {
		Object scrollers = ((JavascriptExecutor) driver).executeScript("""
				return Array.from(document.querySelectorAll('header, header *'))
				  .filter(e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible')
				  .map(e => e.tagName + '.' + e.className).join(', ');""");
		assertThat(scrollers).as("sideways scrollers in the header").isEqualTo("");
		Object pageWidth = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
		assertThat(((Number) pageWidth).intValue()).isLessThanOrEqualTo(width);
	}

}
