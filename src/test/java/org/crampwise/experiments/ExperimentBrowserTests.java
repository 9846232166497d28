package org.crampwise.experiments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import org.crampwise.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At 360 x 740 with the application's clock in the test's hand: start a stretching experiment from the plan, see
 * tonight's task on the home page and the check-in, answer the morning question, follow the schedule, and, once the
 * last night is over, see the result and record a decision. Screenshots go to target/screenshots/experiments-*.png.
 */
@Import(MutableClockConfiguration.class)
class ExperimentBrowserTests extends BrowserTest {

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void startAStretchingExperimentFollowItAndSeeTheResult() {
		// an evening: tonight is 2027-03-01 (the browser, and so the account, are in UTC)
		LocalDate first = LocalDate.of(2027, 3, 1);
		this.clock.set(evening(first));
		String name = registerAndSignIn("trialist");
		navigateTo("Experiments");
		this.browser.findElement(By.id("choose-STRETCH_BEFORE_BED")).click();
		String plan = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("experiment-plan"))).getText();
		assertThat(plan).contains("run-in of 14 nights", "6 pairs of blocks of 7 nights", "98 nights, about 14 weeks",
				"You will know which nights are remedy nights", "checked in this order");
		screenshot("plan");
		this.browser.findElement(By.id("experiment-start")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("experiment-run-in")));
		assertThat(this.browser.findElement(By.id("experiment-status")).getText()).contains("Run-in");
		assertThat(this.browser.findElements(By.cssSelector("#experiment-schedule li"))).hasSize(12);
		screenshot("run-in");

		// the first block's evening: the home page and the check-in say what tonight is
		LocalDate blockOne = first.plusDays(14);
		this.clock.set(evening(blockOne));
		this.browser.get(url("/"));
		String task = this.browser.findElement(By.id("experiment-tonight")).getText();
		assertThat(task).containsAnyOf("Tonight: stretch before bed (block 1 of 12)",
				"Tonight: a usual night, no stretching before bed (block 1 of 12)");
		screenshot("home-tonight");
		this.browser.get(url("/checkin"));
		assertThat(this.browser.findElement(By.id("experiment-tonight")).getText()).isEqualTo(task);

		// the next morning: "Cramps last night? None" is one tap
		this.clock.set(blockOne.plusDays(1).atTime(8, 0).toInstant(ZoneOffset.UTC));
		this.browser.get(url("/"));
		this.browser.findElement(By.id("no-cramps")).click();
		this.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("night-prompt")));
		Long marked = this.jdbc.queryForObject("SELECT COUNT(*) FROM night_marks m JOIN accounts a ON a.id = m.account_id"
				+ " WHERE a.username = ? AND m.night_of = ?", Long.class, name, blockOne);
		assertThat(marked).isEqualTo(1);

		// the user keeps it up for 12 weeks (written straight into the tables): stretch nights have fewer cramps
		long account = this.jdbc.queryForObject("SELECT id FROM accounts WHERE username = ?", Long.class, name);
		List<String> arms = this.jdbc.queryForList("SELECT arm_orders FROM experiments WHERE account_id = ?",
				String.class, account);
		String orders = arms.get(0);
		writeNights(account, blockOne, orders);

		this.clock.set(evening(blockOne.plusDays(84)));
		this.browser.get(url("/experiments"));
		this.browser.findElement(By.cssSelector("#experiment-past a")).click();
		String result = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("experiment-result")))
			.getText();
		assertThat(result).contains("Result: It helped you", "Stretch nights:", "had cramps", "plausibly",
				"You knew which nights were remedy nights", "Followed as scheduled");
		assertThat(this.browser.findElements(By.cssSelector("#experiment-bars .pair"))).hasSize(6);
		assertThat(this.browser.findElements(By.cssSelector("#experiment-bars meter"))).hasSize(12);
		assertNoSidewaysScrolling();
		screenshot("result");
		this.browser.findElement(By.cssSelector("label[for=decision-KEEP]")).click();
		this.browser.findElement(By.id("experiment-decide")).click();
		assertThat(this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("experiment-decision-current")))
			.getText()).contains("Keep doing it");
		screenshot("decided");
		((JavascriptExecutor) this.browser).executeScript("document.documentElement.setAttribute('data-theme', 'dark')");
		screenshot("decided-dark");
	}

	/** Every block night after the first: a check-in as scheduled; cramps on 1 remedy night a week, 4 usual ones. */
	private void writeNights(long account, LocalDate blockOne, String orders) {
		List<Object[]> checkIns = new ArrayList<>();
		List<Object[]> episodes = new ArrayList<>();
		List<Object[]> marks = new ArrayList<>();
		OffsetDateTime now = this.clock.instant().atOffset(ZoneOffset.UTC);
		for (int day = 0; day < 84; day++) {
			LocalDate night = blockOne.plusDays(day);
			int block = day / 7;
			boolean remedy = (orders.charAt(block / 2) == 'R') == (block % 2 == 0);
			checkIns.add(new Object[] { account, night, remedy });
			boolean cramp = (day % 7) < (remedy ? 1 : 4) && day > 0;
			if (cramp) {
				OffsetDateTime at = night.plusDays(1).atTime(2, 0).atOffset(ZoneOffset.UTC);
				episodes.add(new Object[] { account, at, night, at, at });
			}
			else if (day > 0) {
				marks.add(new Object[] { account, night, now });
			}
		}
		this.jdbc.batchUpdate("INSERT INTO checkins (account_id, night_of, stretched_before_bed) VALUES (?, ?, ?)",
				checkIns);
		this.jdbc.batchUpdate("INSERT INTO cramp_episodes (account_id, started_at, start_offset_seconds, night_of,"
				+ " daytime, duration_seconds, intensity, muscle, side, woke_from_sleep, reliefs_tried, warning_signs,"
				+ " created_at, updated_at) VALUES (?, ?, 0, ?, FALSE, 60, 5, 'CALF', 'LEFT', TRUE, '', '', ?, ?)",
				episodes);
		this.jdbc.batchUpdate("INSERT INTO night_marks (account_id, night_of, marked_at) VALUES (?, ?, ?)", marks);
	}

	private static Instant evening(LocalDate night) {
		return night.atTime(19, 0).toInstant(ZoneOffset.UTC);
	}

	private void assertNoSidewaysScrolling() {
		Object width = ((JavascriptExecutor) this.browser).executeScript("return document.documentElement.scrollWidth");
		assertThat(((Number) width).intValue()).isLessThanOrEqualTo(360);
	}

	private void screenshot(String name) {
		try {
			Path target = Path.of("target", "screenshots", "experiments-" + name + ".png");
			Files.createDirectories(target.getParent());
			Files.write(target, ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
