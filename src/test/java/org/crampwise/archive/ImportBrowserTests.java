package org.crampwise.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.openqa.selenium.support.ui.WebDriverWait;

import org.crampwise.support.ApiUser;
import org.crampwise.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import page as a person uses it, in Chromium at 360 x 740: from the export page's "All of your data" to
 * {@code /import}, choose the files, Preview (nothing stored), Import (stored, the files still chosen), then a bad
 * file's problem table; axe-core checks every page light and dark. {@code -Dcrampwise.screenshots=/some/dir} keeps
 * screenshots of the export page and the import page at 360 x 740 and 1280 x 900, light and dark.
 */
class ImportBrowserTests extends BrowserTest {

	@Test
	void previewThenImportThenABadFilesProblemsOnThePage() throws IOException {
		ApiUser user = ApiUser.register(this.client, "pageimport");
		DiaryGenerator diary = new DiaryGenerator(21, 30, ApiUser.tonight());
		Path dir = Files.createTempDirectory("import-page");
		Path episodes = Files.writeString(dir.resolve("episodes.csv"), diary.episodesCsv(), StandardCharsets.UTF_8);
		Path checkIns = Files.writeString(dir.resolve("checkins.csv"), diary.checkInsCsv(), StandardCharsets.UTF_8);
		Path bad = Files.writeString(dir.resolve("bad.csv"),
				ImportRulesIntegrationTests.CHECKIN_HEADER + ApiUser.tonight().minusDays(1) + ",20000,,,,,,,,,,\r\n",
				StandardCharsets.UTF_8);

		signIn(user);
		this.browser.get(url("/export"));
		assertThat(this.browser.findElement(By.id("download-archive")).getAttribute("href"))
			.endsWith("/api/v1/export/archive.zip");
		screenshots("export", "your-data");
		this.browser.findElement(By.id("import-link")).click();
		this.wait.until(d -> d.getCurrentUrl().endsWith("/import"));
		screenshots("import", null);

		this.browser.findElement(By.id("import-episodes")).sendKeys(episodes.toString());
		this.browser.findElement(By.id("import-checkins")).sendKeys(checkIns.toString());
		click(By.id("import-preview"));
		WebElement preview = waitForSummary("true");
		assertThat(this.browser.findElement(By.cssSelector("#import-count-episodes td")).getText())
			.isEqualTo(Integer.toString(diary.episodes.size()));
		assertThat(preview.getText()).contains("nothing stored yet");
		assertThat(this.browser.findElements(By.id("import-count-nights"))).as("no nights file chosen").isEmpty();
		assertAccessible();
		screenshots("import-preview", "import-summary");
		user.get("/api/v1/export/episodes.csv").exchange().expectBody(String.class).value(csv -> assertThat(csv)
			.as("a preview stores nothing")
			.isEqualTo(String.join(",", org.crampwise.export.DiaryCsv.EPISODE_COLUMNS) + "\r\n"));

		click(By.id("import-apply"));
		waitForSummary("false");
		assertThat(this.browser.findElement(By.cssSelector("#import-count-checkins td")).getText())
			.isEqualTo(Integer.toString(diary.checkIns.size()));
		assertAccessible();
		click(By.id("import-apply"));
		waitForSummary("false");
		assertThat(this.browser.findElement(By.cssSelector("#import-count-episodes td")).getText())
			.as("the files stayed chosen; the second import adds nothing")
			.isEqualTo("0");

		this.browser.get(url("/import"));
		this.browser.findElement(By.id("import-checkins")).sendKeys(bad.toString());
		click(By.id("import-preview"));
		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until(d -> !d.findElements(By.id("import-problems")).isEmpty());
		assertThat(this.browser.findElement(By.cssSelector("#import-problems tbody tr")).getText())
			.contains("checkins.csv")
			.contains("2")
			.contains("waterMl");
		assertAccessible();
		screenshots("import-problems", "import-problems");
	}

	private WebElement waitForSummary(String dryRun) {
		return new WebDriverWait(this.browser, Duration.ofSeconds(30)).until(d -> {
			var found = d.findElements(By.cssSelector("#import-summary[data-dry-run='" + dryRun + "']"));
			return (found.isEmpty() || d.findElement(By.id("import-progress")).isDisplayed()) ? null : found.get(0);
		});
	}

	private void click(By by) {
		WebElement element = this.browser.findElement(by);
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	/**
	 * Screenshots of the page on screen at the phone's size, light and dark, when asked for; for a whole page (no
	 * element to scroll to) also at 1280 x 900 in a desktop browser with the same session.
	 */
	private void screenshots(String name, String scrollTo) throws IOException {
		String target = System.getProperty("crampwise.screenshots");
		if (target == null) {
			return;
		}
		Path dir = Files.createDirectories(Path.of(target));
		shoot(this.browser, dir, name + "-360", scrollTo);
		if (scrollTo == null || name.equals("export")) {
			if (this.desktop == null) {
				this.desktop = openBrowser(new Dimension(1280, 900));
				this.desktop.get(url("/login"));
				this.desktop.manage().addCookie(this.browser.manage().getCookieNamed("JSESSIONID"));
			}
			this.desktop.get(this.browser.getCurrentUrl());
			shoot(this.desktop, dir, name + "-1280", scrollTo);
		}
	}

	private WebDriver desktop;

	private void shoot(WebDriver driver, Path dir, String name, String scrollTo) throws IOException {
		for (String theme : new String[] { "light", "dark" }) {
			((JavascriptExecutor) driver).executeScript(
					"document.documentElement.setAttribute('data-theme', arguments[0]);"
							+ ((scrollTo != null) ? "document.getElementById(arguments[1]).scrollIntoView();" : ""),
					theme, scrollTo);
			byte[] png = ((TakesScreenshot) chrome(driver)).getScreenshotAs(OutputType.BYTES);
			Files.write(dir.resolve(name + "-" + theme + ".png"), png);
		}
		((JavascriptExecutor) driver).executeScript("document.documentElement.removeAttribute('data-theme')");
	}

}
