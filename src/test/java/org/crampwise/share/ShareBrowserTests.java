package org.crampwise.share;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.crampwise.support.ApiUser;
import org.crampwise.support.Browser;
import org.crampwise.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey of the issue on a 360 x 740 phone in Chromium: a patient makes a share link on the export page; a
 * clinician opens it in a fresh browser session (no account, no cookies) and downloads the PDF; the patient sees
 * both openings in the link's access log, revokes it, and the clinician's next look finds nothing. Set
 * {@code -Dcrampwise.screenshots=/some/dir} to keep a screenshot of each screen.
 */
class ShareBrowserTests extends BrowserTest {

	WebDriver patient;

	WebDriver clinician;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void aClinicianOpensTheLinkInAFreshSessionAndDownloadsThePdf() throws Exception {
		ApiUser user = ApiUser.register(this.client, "patient");
		user.logEpisode("""
				{"startedAt":"%sT02:14:00+01:00","durationSeconds":95,"intensity":8,"muscle":"CALF","side":"RIGHT",
				 "wokeFromSleep":true,"notes":"right calf again"}""".formatted(ApiUser.tonight().minusDays(2)));
		user.put("/api/v1/checkins/" + ApiUser.tonight().minusDays(3), "{\"waterMl\":900}");

		this.patient = this.browser;
		WebDriverWait patientWait = new WebDriverWait(this.patient, Duration.ofSeconds(15));
		this.patient.get(url("/login"));
		this.patient.findElement(By.id("username")).sendKeys(user.username());
		this.patient.findElement(By.id("password")).sendKeys(ApiUser.PASSWORD);
		this.patient.findElement(By.cssSelector("form.form button[type=submit]")).click();
		patientWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));

		navigateTo("Export and share");
		patientWait.until(ExpectedConditions.urlMatches(".*/export$"));
		assertThat(this.patient.findElement(By.id("from")).getAttribute("value"))
			.isEqualTo(ApiUser.tonight().minusDays(3).toString());
		assertThat(this.patient.findElement(By.id("share-none")).getText()).isEqualTo("No links yet.");
		assertNoSidewaysScrolling(this.patient);
		screenshot(this.patient, "export");

		// the patient's own download from the page, with the page's session
		Cookie session = this.patient.manage().getCookieNamed("JSESSIONID");
		HttpResponse<byte[]> own = this.http.send(HttpRequest.newBuilder(URI.create(url("/export/download?format=REPORT_PDF")))
			.header("Cookie", "JSESSIONID=" + session.getValue())
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(new String(own.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		WebElement days = this.patient.findElement(By.id("expiresInDays"));
		days.clear();
		days.sendKeys("14");
		click(this.patient, By.id("create-share"));
		WebElement shown = patientWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("share-url")));
		String link = shown.getAttribute("value");
		assertThat(link).matches("http://localhost:" + this.port + "/share/[A-Za-z0-9_-]{43}");
		assertThat(this.patient.findElement(By.cssSelector(".flash-success")).getText())
			.isEqualTo("Link made. Copy it now: it is shown only once.");
		WebElement item = this.patient.findElement(By.cssSelector(".share-item"));
		assertThat(item.getAttribute("data-status")).isEqualTo("ACTIVE");
		assertThat(item.getText()).contains("Not opened yet");
		assertNoSidewaysScrolling(this.patient);
		screenshot(this.patient, "export-link-made");

		// the clinician: another browser, no account, no cookies
		this.clinician = openBrowser(Browser.PHONE);
		WebDriverWait clinicianWait = new WebDriverWait(this.clinician, Duration.ofSeconds(15));
		this.clinician.get(link);
		clinicianWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-summary")));
		assertThat(this.clinician.findElement(By.id("report-patient")).getText())
			.isEqualTo(user.username() + " (pseudonymous)");
		assertThat(this.clinician.findElement(By.id("report-episodes")).getText()).contains("right calf again");
		assertThat(this.clinician.findElement(By.cssSelector("meta[name=robots]")).getAttribute("content"))
			.isEqualTo("noindex, nofollow");
		assertThat(this.clinician.findElements(By.cssSelector("svg.chart rect.chart-night"))).hasSize(1);
		assertThat(this.clinician.findElements(By.linkText("Sign out"))).isEmpty();
		assertNoSidewaysScrolling(this.clinician);
		screenshot(this.clinician, "share-view");

		String pdfLink = this.clinician.findElement(By.id("share-pdf")).getAttribute("href");
		HttpResponse<byte[]> pdf = this.http.send(HttpRequest.newBuilder(URI.create(pdfLink)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(pdf.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		// the patient sees both openings, then revokes
		this.patient.get(url("/export"));
		item = patientWait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".share-item")));
		assertThat(item.findElement(By.cssSelector(".share-log summary")).getText()).isEqualTo("Opened 2 times");
		item.findElement(By.cssSelector(".share-log summary")).click();
		assertThat(item.findElement(By.cssSelector(".share-log-list")).getText()).contains("PDF report downloaded")
			.contains("page viewed");
		screenshot(this.patient, "export-log");
		click(this.patient, By.cssSelector(".share-item button.button-danger"));
		patientWait.until(ExpectedConditions.alertIsPresent()).accept();
		patientWait.until(ExpectedConditions.textToBe(By.cssSelector(".flash-success"), "Link revoked. It no longer opens."));
		assertThat(this.patient.findElement(By.cssSelector(".share-item")).getAttribute("data-status"))
			.isEqualTo("REVOKED");
		assertThat(this.patient.findElements(By.cssSelector(".share-item button.button-danger"))).isEmpty();

		this.clinician.navigate().refresh();
		assertThat(clinicianWait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1"))).getText())
			.isEqualTo("This link does not open");
		screenshot(this.clinician, "share-revoked");
		assertThat(this.http.send(HttpRequest.newBuilder(URI.create(pdfLink)).build(),
				HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);
	}

	private void click(WebDriver browser, By by) {
		WebElement element = browser.findElement(by);
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	private static void assertNoSidewaysScrolling(WebDriver browser) {
		Object width = ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
		Object tooWide = ((JavascriptExecutor) browser).executeScript(
				"return Array.from(document.querySelectorAll('body *'))"
						+ ".filter(e => e.getBoundingClientRect().right > 360)"
						+ ".map(e => e.tagName + '.' + e.className + '#' + e.id).slice(0, 5).join(', ')");
		assertThat(((Number) width).intValue()).as("page width at 360 px; too wide: " + tooWide)
			.isLessThanOrEqualTo(360);
	}

	private static void screenshot(WebDriver browser, String name) {
		String directory = System.getProperty("crampwise.screenshots");
		if (directory == null) {
			return;
		}
		try {
			Path target = Path.of(directory, "share-" + name + ".png");
			Files.createDirectories(target.getParent());
			Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
