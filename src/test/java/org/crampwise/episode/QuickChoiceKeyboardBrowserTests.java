package org.crampwise.episode;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.crampwise.support.ApiUser;
import org.crampwise.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intensity after a timed cramp, by keyboard: one tab stop (a radio group), the arrow keys to 7, Enter to choose;
 * after the page comes back, focus is on the choice just made, not at the top of the page.
 */
class QuickChoiceKeyboardBrowserTests extends BrowserTest {

	@Test
	void intensitySevenIsAFewTabsAndSevenArrowsAwayAndFocusComesBack() {
		signIn(ApiUser.register(this.client, "keys"));
		this.browser.findElement(By.id("cramp-now-button")).click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("cramp-stop"))).click();
		this.wait.until(ExpectedConditions.urlMatches(".*/cramp-now/\\d+$"));

		WebElement body = this.browser.findElement(By.tagName("body"));
		body.click();
		int tabs = 0;
		while (!"intensity-0".equals(activeId()) && tabs < 40) {
			this.browser.switchTo().activeElement().sendKeys(Keys.TAB);
			tabs++;
		}
		assertThat(activeId()).isEqualTo("intensity-0");
		assertThat(tabs).as("Tabs from the top of the page to the intensity").isLessThanOrEqualTo(10);
		assertThat(this.browser.findElement(By.id("intensity-choices")).getDomAttribute("role")).isEqualTo("radiogroup");

		for (int i = 0; i < 7; i++) {
			this.browser.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
		}
		assertThat(activeId()).isEqualTo("intensity-7");
		this.browser.switchTo().activeElement().sendKeys(Keys.ENTER);
		this.wait.until(d -> "true".equals(d.findElement(By.id("intensity-7")).getDomAttribute("aria-checked")));
		this.wait.until(d -> "intensity-7".equals(activeId()));

		// one tab stop: the next Tab leaves the intensity for the next question
		this.browser.switchTo().activeElement().sendKeys(Keys.TAB);
		assertThat(activeId()).startsWith("woke-");
	}

	private String activeId() {
		return this.browser.switchTo().activeElement().getDomAttribute("id");
	}

}
