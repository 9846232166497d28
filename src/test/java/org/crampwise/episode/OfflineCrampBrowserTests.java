package org.crampwise.episode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.crampwise.support.BrowserTest;
import org.crampwise.support.SwitchableProxy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline "cramp now" in Chromium at 360 x 740: with the network gone (Chromium's network conditions set to
 * offline for the page, and the connection to the server cut for the service worker too), /cramp-now still opens;
 * the start, the stop and the intensity are kept on the phone and the page says so; when the network returns the
 * cramp is sent, and the server holds exactly one episode, with its intensity, also after a resend.
 */
class OfflineCrampBrowserTests extends BrowserTest {

	private SwitchableProxy network;

	@BeforeEach
	void network() {
		this.network = new SwitchableProxy(this.port);
	}

	@AfterEach
	void closeNetwork() {
		// null when the browser tests were skipped before this class's set-up ran (no Chromium on the machine)
		if (this.network != null) {
			this.network.close();
		}
	}

	@Test
	void offlineTapStopAndIntensityAreSentOnceWhenTheNetworkReturns() {
		String name = registerAndSignIn("offline");
		this.browser.get(phone("/cramp-now"));
		// the service worker is installed and has the offline page
		this.wait.until(ExpectedConditions.jsReturnsValue("return navigator.serviceWorker.controller"
				+ " ? caches.match('/cramp-now/offline').then(function (r) { return !!r || null; }) : null;"));

		goOffline();
		this.browser.get(phone("/cramp-now"));
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("offline-start"))).click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("offline-stop")));
		screenshot("running");
		sleep(1200);
		this.browser.findElement(By.id("offline-stop")).click();
		this.wait.until(ExpectedConditions.textToBe(By.id("offline-status"),
				"Saved on this phone, will sync when the network is back."));
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("offline-intensity-7"))).click();
		this.wait.until(ExpectedConditions.attributeToBe(By.id("offline-intensity-7"), "aria-pressed", "true"));
		screenshot("saved-on-phone");
		sleep(3500); // a sync attempt or two while offline
		assertThat(episodes(name)).contains("\"total\":0");

		goOnline();
		this.wait.until(ExpectedConditions.textToBe(By.id("offline-status"), "Synced: the cramp is in your diary."));
		screenshot("synced");
		assertThat(episodes(name)).contains("\"total\":1", "\"intensity\":7", "\"muscle\":null");

		// an answer lost on the way: the phone sends the same cramp again, and the server keeps the one it has
		((JavascriptExecutor) this.browser).executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				var open = indexedDB.open('crampwise', 1);
				open.onsuccess = function () {
				  var tx = open.result.transaction('cramps', 'readwrite');
				  var cramps = tx.objectStore('cramps');
				  cramps.getAll().onsuccess = function (e) {
				    e.target.result.forEach(function (c) { c.state = 'stopped'; cramps.put(c); });
				  };
				  tx.oncomplete = function () { done(true); };
				};""");
		this.browser.get(phone("/cramp-now"));
		this.wait.until(ExpectedConditions.textToBe(By.id("offline-status"), "Synced: the cramp is in your diary."));
		assertThat(episodes(name)).contains("\"total\":1");

		// the details can be added on the page that saved it
		this.browser.get(phone("/cramp-now/offline"));
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("offline-details"))).click();
		this.wait.until(ExpectedConditions.urlMatches(".*/cramp-now/\\d+$"));
		// the intensity is a one-of group: app.js marks the chosen one aria-checked
		assertThat(this.browser.findElement(By.id("intensity-7")).getDomAttribute("aria-checked")).isEqualTo("true");
	}

	private void goOffline() {
		ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
		offline.setOffline(true);
		chrome().setNetworkConditions(offline);
		this.network.down();
	}

	private void goOnline() {
		this.network.up();
		chrome().deleteNetworkConditions();
	}

	/** The browser reaches the server through the switchable network; set-up calls go straight to it. */
	private String phone(String path) {
		return "http://localhost:" + this.network.port() + path;
	}

	private String episodes(String name) {
		return this.client.get()
			.uri("/api/v1/episodes")
			.headers(h -> h.setBasicAuth(name, PASSWORD))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}


	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void screenshot(String name) {
		try {
			Path target = Path.of("target", "screenshots", "night-offline-" + name + ".png");
			Files.createDirectories(target.getParent());
			Files.write(target, ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
