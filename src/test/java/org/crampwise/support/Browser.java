package org.crampwise.support;

import java.io.File;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Real headless Chromium from Debian's packages, driven by its own chromedriver: Selenium Manager is never asked to
 * download anything. On a machine without Chromium the browser tests are skipped with a printed reason, except in CI
 * ({@code CI=true}), where a missing browser is a failure.
 */
public final class Browser {

	public static final String CHROMIUM = "/usr/bin/chromium";

	public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	/** A common phone: 360 x 740 CSS pixels. */
	public static final Dimension PHONE = new Dimension(360, 740);

	private Browser() {
	}

	public static WebDriver start(Dimension size) {
		boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
		if (!present) {
			String reason = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
					+ " (Debian packages chromium and chromium-driver); they are not installed.";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException(reason + " CI must install them (.ci/run does).");
			}
			System.err.println("SKIPPED: " + reason);
			Assumptions.abort(reason);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=" + size.getWidth() + "," + size.getHeight());
		if (size.getWidth() < 600) {
			// phone-sized pages are laid out as a phone lays them out, honouring the viewport meta tag
			options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
					Map.of("width", size.getWidth(), "height", size.getHeight(), "pixelRatio", 2.0)));
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		return driver;
	}

}
