package org.crampwise.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import org.crampwise.support.ApiUser;
import org.crampwise.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in user's 404 and 400 pages show their heading and status, and no flash banner: Boot's error attributes
 * ("error": "Not Found") once reached the layout's flash area and showed "??Not Found_en_US??" in red.
 */
class ErrorPagesBrowserTests extends BrowserTest {

	@ParameterizedTest
	@CsvSource({ "/episodes/987654321/edit, Page not found", "/no-such-page, Page not found",
			"/checkin/not-a-date, Something went wrong", "/episodes/abc/edit, Something went wrong" })
	void aSignedInErrorPageShowsNoMessageKey(String path, String heading) {
		signIn(ApiUser.register(this.client, "errors"));
		this.browser.get(url(path));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo(heading);
		assertThat(this.browser.findElements(By.cssSelector(".flash"))).isEmpty();
		assertThat(this.browser.getPageSource()).doesNotContain("??");
	}

}
