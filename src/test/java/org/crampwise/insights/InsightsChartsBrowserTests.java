package org.crampwise.insights;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.crampwise.support.ApiUser;
import org.crampwise.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Patterns page's four charts (Chart.js from the app's own webjar, under the CSP) draw a canvas each, at phone and
 * desktop sizes, in light and dark, in the theme's colours, with no script error, CSP violation or failed load, and
 * the page stays accessible; every chart keeps its table.
 */
class InsightsChartsBrowserTests extends BrowserTest {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final List<String> CHARTS = List.of("weeks", "hours", "months", "reliefs");

	/** Runs before the page's own scripts (CDP scripts are not under the page's CSP) and gathers every error. */
	private static final String ERROR_RECORDER = """
			window.__errors = [];
			window.addEventListener('error', function (e) {
			  window.__errors.push('error: ' + (e.message || (e.target && (e.target.src || e.target.href)) || e));
			}, true);
			window.addEventListener('unhandledrejection', function (e) { window.__errors.push('rejection: ' + e.reason); });
			document.addEventListener('securitypolicyviolation', function (e) {
			  window.__errors.push('csp: ' + e.violatedDirective + ' ' + e.blockedURI);
			});
			var consoleError = console.error;
			console.error = function () {
			  window.__errors.push('console: ' + Array.prototype.join.call(arguments, ' '));
			  return consoleError.apply(console, arguments);
			};
			""";

	@Test
	void everyChartDrawsACanvasInTheThemesColoursAtPhoneAndDesktopSize() throws IOException {
		ApiUser user = ApiUser.register(this.client, "charts");
		LocalDate tonight = ApiUser.tonight();
		for (int i = 1; i <= 63; i++) {
			LocalDate night = tonight.minusDays(i);
			if (i % 3 == 0) {
				user.logEpisode("""
						{"startedAt":"%sT0%d:15:00+01:00","durationSeconds":%d,"intensity":%d,"muscle":"CALF",
						 "side":"LEFT","wokeFromSleep":true,"reliefsTried":["MASSAGE","STRETCH_DURING_CRAMP"],
						 "helpedMost":"%s"}""".formatted(night.plusDays(1), 1 + i % 5, 60 + 10 * i, 3 + i % 7,
						i % 2 == 0 ? "MASSAGE" : "STRETCH_DURING_CRAMP"));
			}
			else if (i % 7 != 0) {
				user.markNoCramps(night);
			}
		}
		signIn(user);
		chrome().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERROR_RECORDER));

		this.browser.get(url("/insights"));
		assertChartsDrawn("phone", 250);
		// a window resized in headless Chromium keeps its first size: a desktop-sized browser of its own
		this.browser = openBrowser(new Dimension(1280, 900));
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));
		signIn(user);
		chrome().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERROR_RECORDER));
		this.browser.get(url("/insights"));
		assertChartsDrawn("desktop", 500);

		// every chart keeps its table alternative
		for (String table : List.of("weeks-table", "hours-table", "months-table", "reliefs-table")) {
			assertThat(this.browser.findElements(By.cssSelector("#" + table + " tbody tr"))).as(table).isNotEmpty();
		}
	}

	private void assertChartsDrawn(String size, int minWidth) throws IOException {
		JavascriptExecutor js = (JavascriptExecutor) this.browser;
		for (String theme : List.of("light", "dark")) {
			js.executeScript("document.documentElement.setAttribute('data-theme', arguments[0]);", theme);
			this.wait.until(d -> Boolean.TRUE.equals(js.executeScript("""
					var muted = getComputedStyle(document.documentElement).getPropertyValue('--muted').trim();
					var boxes = document.querySelectorAll('.chart-box[data-chart]');
					return boxes.length === 4 && Array.prototype.every.call(boxes, function (box) {
					  var chart = window.Chart && Chart.getChart(box.querySelector('canvas'));
					  return chart && chart.options.scales.x.ticks.color === muted;
					});""")));
			for (String chart : CHARTS) {
				@SuppressWarnings("unchecked")
				Map<String, Object> canvas = (Map<String, Object>) js.executeScript("""
						var c = document.querySelector('.chart-box[data-chart="' + arguments[0] + '"] canvas');
						var r = c.getBoundingClientRect();
						return { width: r.width, height: r.height, pixels: c.width, visible: !c.closest('[hidden]') };""",
						chart);
				assertThat(((Number) canvas.get("width")).doubleValue()).as(chart + " " + size + " " + theme)
					.isGreaterThan(minWidth);
				assertThat(((Number) canvas.get("height")).doubleValue()).as(chart).isGreaterThan(100);
				assertThat(((Number) canvas.get("pixels")).intValue()).as(chart).isPositive();
				assertThat(canvas.get("visible")).as(chart).isEqualTo(true);
			}
			// with the charts drawn, the no-script SVG is out of view
			assertThat(this.browser.findElements(By.cssSelector("svg.insight-svg"))).isNotEmpty()
				.noneMatch(svg -> svg.isDisplayed());
			for (String heading : List.of("weeks-heading", "months-heading")) {
				js.executeScript("document.getElementById(arguments[0]).scrollIntoView();", heading);
				screenshot("insights-charts-" + size + "-" + theme + "-" + heading.replace("-heading", ""));
			}
		}
		assertAccessible();
		assertThat(js.executeScript("return window.__errors;")).as("errors on the page").isEqualTo(List.of());
	}

	private void screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve(name + ".png"),
				((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES));
	}

}
