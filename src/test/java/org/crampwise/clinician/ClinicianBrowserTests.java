package org.crampwise.clinician;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.crampwise.support.ApiUser;
import org.crampwise.support.Browser;
import org.crampwise.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clinician journey in Chromium, on a phone (360x740) and on a desktop: a clinician registers and makes an
 * invite code, a patient registers and joins with it after seeing the clinician's name, the patient rises to the
 * top of the list after a swollen-calf episode, the clinician opens the report, the patient revokes, and the
 * clinician's page of that patient answers 404. Run with {@code -Dcrampwise.screenshots=/some/dir} to keep
 * screenshots (light and dark).
 */
class ClinicianBrowserTests extends BrowserTest {

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void onAPhone() throws Exception {
		journey(this.browser, Browser.PHONE, "phone");
	}

	@Test
	void onADesktop() throws Exception {
		WebDriver desktop = openBrowser(new Dimension(1280, 900));
		journey(desktop, new Dimension(1280, 900), "desktop");
	}

	private void journey(WebDriver doc, Dimension size, String label) throws Exception {
		WebDriverWait docWait = new WebDriverWait(doc, Duration.ofSeconds(10));
		// a patient already on the list, without red flags
		Session quiet = Session.register(this.port, "quiet", "PATIENT", "Ann Quiet " + label);

		// the clinician registers on the page: no diary, its own home
		String docName = "doc" + System.nanoTime() % 100000;
		doc.get(url("/register"));
		doc.findElement(By.id("username")).sendKeys(docName);
		doc.findElement(By.id("password")).sendKeys(PASSWORD);
		click(doc, By.cssSelector("input[name=role][value=CLINICIAN]"));
		doc.findElement(By.id("displayName")).sendKeys("Dr A. Moreno, Riverside practice");
		click(doc, By.cssSelector("main form button[type=submit]"));
		docWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recovery-codes")));
		doc.get(url("/"));
		click(doc, By.id("home-patients"));
		docWait.until(ExpectedConditions.urlContains("/clinician"));
		assertThat(doc.findElements(By.linkText("Diary"))).as("a clinician has no diary").isEmpty();
		assertThat(doc.findElement(By.id("no-patients")).getText()).contains("No patient");

		click(doc, By.id("make-invite"));
		// the form's answer replaces the page: an element found while it does may belong to the old document, which
		// Chromium reports as "Node with given id does not belong to the document" (a CI run failed on it): find it again
		String code = new WebDriverWait(doc, Duration.ofSeconds(10)).ignoring(WebDriverException.class).until((driver) -> {
			WebElement invite = driver.findElement(By.id("invite-code"));
			return invite.isDisplayed() ? invite.getText() : null;
		});
		assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
		assertNoSidewaysScrolling(doc, size);
		screenshots(doc, "clinician-invite-" + label);
		quiet.join(new InviteSession(doc).invite());

		// the patient joins from the Care team page after seeing who it is
		WebDriver patient = openBrowser(size);
		WebDriverWait patientWait = new WebDriverWait(patient, Duration.ofSeconds(10));
		String patientName = "zed" + System.nanoTime() % 100000;
		patient.get(url("/register"));
		patient.findElement(By.id("username")).sendKeys(patientName);
		patient.findElement(By.id("password")).sendKeys(PASSWORD);
		patient.findElement(By.id("displayName")).sendKeys("Zed Swollen " + label);
		click(patient, By.cssSelector("main form button[type=submit]"));
		patientWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recovery-codes")));
		patient.get(url("/"));
		if (!patient.findElement(By.cssSelector("nav a[href='/care-team']")).isDisplayed()) {
			patient.findElement(By.cssSelector("nav [data-nav-menu] > summary")).click();
		}
		patient.findElement(By.cssSelector("nav a[href='/care-team']")).click();
		patientWait.until(ExpectedConditions.urlContains("/care-team"));
		patient.findElement(By.id("code")).sendKeys(code.toLowerCase().replace("-", " "));
		click(patient, By.id("code-next"));
		assertThat(patientWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-name"))).getText())
			.contains("Dr A. Moreno, Riverside practice");
		screenshots(patient, "care-team-confirm-" + label);
		click(patient, By.id("confirm-join"));
		patientWait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".care-grant")));
		assertThat(patient.findElement(By.cssSelector(".care-grant h3")).getText())
			.isEqualTo("Dr A. Moreno, Riverside practice");

		// before the episode the quiet patient is first (by name); after a swollen calf, the new one is
		doc.get(url("/clinician"));
		assertThat(cards(doc)).containsExactly("Ann Quiet " + label, "Zed Swollen " + label);
		// the swollen patient is in a stretching experiment (the episode pauses it)
		java.net.http.HttpResponse<String> started = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/api/v1/experiments")))
				.header("Authorization", "Basic " + java.util.Base64.getEncoder()
					.encodeToString((patientName + ":" + PASSWORD).getBytes()))
				.header("Content-Type", "application/json")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"remedy\":\"STRETCH_BEFORE_BED\"}"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
		java.net.http.HttpResponse<String> episode = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/api/v1/episodes")))
				.header("Authorization", "Basic " + java.util.Base64.getEncoder()
					.encodeToString((patientName + ":" + PASSWORD).getBytes()))
				.header("Content-Type", "application/json")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString("""
						{"startedAt":"%sT02:14:00+01:00","durationSeconds":90,"intensity":7,"muscle":"CALF",
						 "side":"LEFT","warningSigns":["CALF_SWELLING_OR_REDNESS"]}"""
					.formatted(ApiUser.tonight().minusDays(1))))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(episode.statusCode()).as(episode.body()).isEqualTo(201);
		// ... and, resumed and long over, it is finished: the list says so, the patient's page shows the result
		this.jdbc.update("update experiments set status = 'ACTIVE', starts_on = ? where account_id = "
				+ "(select id from accounts where username = ?)", ApiUser.tonight().minusDays(200), patientName);
		doc.get(url("/clinician"));
		assertThat(cards(doc)).containsExactly("Zed Swollen " + label, "Ann Quiet " + label);
		WebElement first = doc.findElement(By.cssSelector(".patient-card"));
		assertThat(first.getAttribute("data-urgency")).isEqualTo("SAME_DAY");
		assertThat(first.getText()).contains("Calf swelling or redness").contains("Stretching before bed: Finished");
		assertNoSidewaysScrolling(doc, size);
		screenshots(doc, "clinician-patients-" + label);

		// the clinician opens the patient's report
		click(doc, By.linkText("Zed Swollen " + label));
		docWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-summary")));
		assertThat(doc.findElement(By.id("report-red-flags")).getText()).contains("Calf");
		assertThat(doc.findElement(By.cssSelector(".patient-experiment [id$=-sentence]")).getText())
			.startsWith("Stretch nights: ");
		String patientPage = doc.getCurrentUrl();
		assertNoSidewaysScrolling(doc, size);
		screenshots(doc, "clinician-patient-" + label);
		// the page analysed it and stored its verdict: back on the list, the verdict is on the patient's card
		doc.get(url("/clinician"));
		WebElement experiment = doc.findElement(By.cssSelector(".patient-card .patient-experiment"));
		assertThat(experiment.getAttribute("data-verdict")).isEqualTo("NOT_RELIABLE");
		assertThat(experiment.getText()).isEqualTo("Stretching before bed: Finished, verdict: Not reliable");
		assertNoSidewaysScrolling(doc, size);
		((JavascriptExecutor) doc).executeScript("arguments[0].scrollIntoView({block: 'center'})", experiment);
		screenshots(doc, "clinician-patients-verdict-" + label);

		// the patient sees the access, and revokes
		patient.navigate().refresh();
		click(patient, By.cssSelector(".care-grant details summary"));
		assertThat(patient.findElement(By.cssSelector(".care-grant table")).getText()).contains("Your page");
		screenshots(patient, "care-team-" + label);
		click(patient, By.cssSelector(".care-grant button[type=submit]"));
		patientWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("no-clinicians")));

		doc.get(patientPage);
		assertThat(doc.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
		doc.get(url("/clinician"));
		assertThat(cards(doc)).containsExactly("Ann Quiet " + label);
	}

	private static List<String> cards(WebDriver driver) {
		return driver.findElements(By.cssSelector(".patient-card h2")).stream().map(WebElement::getText).toList();
	}

	private static void click(WebDriver driver, By by) {
		WebElement element = driver.findElement(by);
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	private static void assertNoSidewaysScrolling(WebDriver driver, Dimension size) {
		Object width = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
		assertThat(((Number) width).intValue()).as("page width").isLessThanOrEqualTo(size.getWidth());
	}

	private static void screenshots(WebDriver driver, String name) throws Exception {
		String directory = System.getProperty("crampwise.screenshots");
		if (directory == null) {
			return;
		}
		for (String theme : new String[] { "light", "dark" }) {
			((JavascriptExecutor) driver)
				.executeScript("document.documentElement.setAttribute('data-theme', arguments[0])", theme);
			Path target = Path.of(directory, name + "-" + theme + ".png");
			Files.createDirectories(target.getParent());
			Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		}
	}

	/** The clinician's browser making a further code through the page, for the quiet patient. */
	private record InviteSession(WebDriver driver) {

		String invite() {
			WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(10));
			WebElement shown = this.driver.findElement(By.id("invite-code"));
			String before = shown.getText();
			click(this.driver, By.id("make-invite"));
			// the page of the new code, not the old one still on screen
			wait.until(ExpectedConditions.stalenessOf(shown));
			String code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invite-code"))).getText();
			assertThat(code).isNotEqualTo(before);
			return code;
		}

	}

}
