package org.crampwise.nights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import org.crampwise.experiments.MutableClock;
import org.crampwise.experiments.MutableClockConfiguration;
import org.crampwise.support.ApiUser;
import org.crampwise.support.IntegrationTest;
import org.crampwise.support.SignedIn;

import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * {@code /calendar/{year}} against the real services and database: each night's status and check-in for the signed-in
 * user, never another user's, a link on every past day, and a bad year refused without a 500.
 */
@IntegrationTest
@Import(MutableClockConfiguration.class)
class CalendarPageIntegrationTests {

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WebApplicationContext context;

	@Autowired
	MutableClock clock;

	MockMvcTester mvc;

	@BeforeEach
	void mvc() {
		this.mvc = MockMvcTester.create(MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build());
	}

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void showsEachNightsStatusAndCheckInOfTheSignedInUserOnly() throws Exception {
		ApiUser alice = ApiUser.register(this.client, "calalice");
		ApiUser bob = ApiUser.register(this.client, "calbob");
		LocalDate tonight = ApiUser.tonight();
		// nights of this year whatever the date: on 1..6 January take last year's, and open that year
		LocalDate base = (tonight.getDayOfYear() > 6) ? tonight : tonight.withDayOfYear(1).minusDays(1);
		LocalDate cramps = base.minusDays(1);
		LocalDate none = base.minusDays(2);
		LocalDate unknown = base.minusDays(3);
		alice.logEpisode("{\"startedAt\":\"" + cramps + "T23:30:00+01:00\",\"durationSeconds\":60,"
				+ "\"intensity\":5,\"muscle\":\"CALF\",\"side\":\"LEFT\"}");
		alice.put("/api/v1/nights/" + none + "/no-cramps", "");
		alice.put("/api/v1/checkins/" + none, "{\"waterMl\":1200}");
		// bob's nights: a cramp on alice's "no cramps" night, "no cramps" on her unknown one
		bob.logEpisode("{\"startedAt\":\"" + none + "T23:30:00+01:00\",\"durationSeconds\":60,"
				+ "\"intensity\":5,\"muscle\":\"CALF\",\"side\":\"LEFT\"}");
		bob.put("/api/v1/nights/" + unknown + "/no-cramps", "");
		bob.put("/api/v1/checkins/" + unknown, "{\"waterMl\":1200}");

		String page = page(alice, "/calendar/" + base.getYear());
		assertThat(day(page, cramps)).contains("data-state=\"cramps\"").contains("Cramp night");
		assertThat(day(page, none)).contains("data-state=\"none\"", "data-ci").contains("No cramps, check-in done");
		assertThat(day(page, unknown)).contains("data-state=\"unknown\"").doesNotContain("check-in done", "data-ci",
				"aria-current");
		assertThat(day(page, unknown)).contains("href=\"?night=" + unknown + "#night\"");
		// a night of the year that has not begun has no link
		if (base.getMonthValue() < 12 || base.getDayOfMonth() < 31) {
			assertThat(page).containsPattern("id=\"day-" + base.getYear() + "-12-31\"[^>]*data-state=\"future\"");
		}
		assertThat(page).contains("href=\"/calendar/" + (base.getYear() - 1) + "\"");

		// the selected night offers its check-in, "no cramps" and logging a cramp
		String selected = page(alice, "/calendar/" + base.getYear() + "?night=" + unknown);
		assertThat(selected).contains("id=\"night-status\"").contains("data-state=\"unknown\"");
		assertThat(day(selected, unknown)).contains("aria-current=\"date\"");
		assertThat(selected).contains("href=\"/checkin/" + unknown + "\"");
		assertThat(selected).contains("action=\"/nights/" + unknown + "/no-cramps\"");
		assertThat(selected).contains("id=\"night-log\"").contains("href=\"/episodes/new?night=" + unknown + "\"");
		// and the form opens on that night: 03:00 of the morning after it
		assertThat(page(alice, "/episodes/new?night=" + unknown)).contains("value=\"" + unknown.plusDays(1) + "\"")
			.contains("value=\"03:00\"");
		String marked = page(alice, "/calendar/" + base.getYear() + "?night=" + none);
		assertThat(marked).contains("action=\"/nights/" + none + "/no-cramps/delete\"");

		String bobs = page(bob, "/calendar/" + base.getYear());
		assertThat(day(bobs, cramps)).contains("data-state=\"unknown\"");
		assertThat(day(bobs, none)).contains("data-state=\"cramps\"");
		assertThat(day(bobs, unknown)).contains("data-state=\"none\"");
	}

	@Test
	void aBadYearIsRefusedWithoutA500() {
		ApiUser alice = ApiUser.register(this.client, "calbad");
		int next = ApiUser.tonight().getYear() + 1;
		for (String uri : new String[] { "/calendar/" + next, "/calendar/1899", "/calendar/-4" }) {
			assertThat(this.mvc.get().uri(uri).with(as(alice))).as(uri).hasStatus(404);
		}
		assertThat(this.mvc.get().uri("/episodes/new?night=not-a-night").with(as(alice))).hasStatus(400);
		assertThat(this.mvc.get().uri("/calendar/abc").with(as(alice))).hasStatus(400);
		assertThat(this.mvc.get().uri("/calendar/99999999999").with(as(alice))).hasStatus(400);
		// a malformed night is refused too, not shown as an error page from a 500
		assertThat(this.mvc.get().uri("/calendar/2026?night=2026-02-30").with(as(alice))).hasStatus(400);
		assertThat(this.mvc.get().uri("/calendar").with(as(alice))).hasStatus3xxRedirection()
			.hasRedirectedUrl("/calendar/" + ApiUser.tonight().getYear());
	}

	@Test
	void signedOutGoesToTheSignInPage() {
		assertThat(this.mvc.get().uri("/calendar/2026")).hasStatus3xxRedirection();
	}

	@Test
	void aCachedYearShowsEveryWriteAtOnce() throws Exception {
		ApiUser alice = ApiUser.register(this.client, "calcache");
		LocalDate tonight = ApiUser.tonight();
		LocalDate base = (tonight.getDayOfYear() > 6) ? tonight : tonight.withDayOfYear(1).minusDays(1);
		LocalDate night = base.minusDays(2);
		String year = "/calendar/" + base.getYear();
		assertThat(day(page(alice, year), night)).contains("data-state=\"unknown\"");
		assertThat(day(page(alice, year), night)).contains("data-state=\"unknown\"");

		alice.put("/api/v1/nights/" + night + "/no-cramps", "");
		assertThat(day(page(alice, year), night)).contains("data-state=\"none\"").doesNotContain("check-in done");
		alice.put("/api/v1/checkins/" + night, "{\"waterMl\":1200}");
		assertThat(day(page(alice, year), night)).contains("No cramps, check-in done");
		alice.logEpisode("{\"startedAt\":\"" + night + "T23:30:00+01:00\",\"durationSeconds\":60,"
				+ "\"intensity\":5,\"muscle\":\"CALF\",\"side\":\"LEFT\"}");
		assertThat(day(page(alice, year), night)).contains("data-state=\"cramps\"");
	}

	/**
	 * The months are cached per tonight's night besides the data version: at noon (Europe/Paris) a new night begins
	 * with no write to the user's data, and its day turns from "not yet" into a linked day at once.
	 */
	@Test
	void aCachedYearMovesOnAtNoonWhenTonightsNightBegins() throws Exception {
		ApiUser alice = ApiUser.register(this.client, "calnoon");
		LocalDate day = LocalDate.of(2026, 3, 10);
		String year = "/calendar/2026";
		this.clock.set(Instant.parse("2026-03-10T10:59:00Z")); // 11:59 in Paris: still the night of the 9th
		String morning = page(alice, year);
		// asked again, from the cache: still the night of the 9th
		assertThat(day(page(alice, year), day)).contains("data-state=\"future\"");
		assertThat(day(morning, day)).contains("data-state=\"future\"").doesNotContain("href=");
		assertThat(day(morning, day.minusDays(1))).contains("data-state=\"unknown\"")
			.contains("href=\"?night=" + day.minusDays(1) + "#night\"");

		this.clock.set(Instant.parse("2026-03-10T11:01:00Z")); // 12:01 in Paris: the night of the 10th has begun
		String afternoon = page(alice, year);
		assertThat(day(afternoon, day)).contains("data-state=\"unknown\"")
			.contains("href=\"?night=" + day + "#night\"");
		assertThat(day(afternoon, day.plusDays(1))).contains("data-state=\"future\"").doesNotContain("href=");
	}

	/**
	 * A day links to its own page relatively ({@code ?night=...}), so the same cached months serve the application
	 * under any path: the browser resolves the link against {@code /crampwise/calendar/2026}.
	 */
	@Test
	void theDaysLinksHoldUnderAnApplicationPath() throws Exception {
		ApiUser alice = ApiUser.register(this.client, "calpath");
		LocalDate night = ApiUser.tonight().minusDays(1);
		String year = "/calendar/" + night.getYear();
		var result = this.mvc.get().uri("/crampwise" + year).contextPath("/crampwise").with(as(alice)).exchange();
		assertThat(result).hasStatusOk();
		String underPath = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(day(underPath, night)).contains("href=\"?night=" + night + "#night\"");
		assertThat(underPath).contains("href=\"/crampwise/calendar/" + (night.getYear() - 1) + "\"");
		assertThat(day(page(alice, year), night)).isEqualTo(day(underPath, night));
	}

	@Test
	void theWeekdayHeadsAreInTheReadersLanguage() throws Exception {
		ApiUser alice = ApiUser.register(this.client, "calweekdays");
		String uri = "/calendar/" + ApiUser.tonight().getYear();
		assertThat(this.mvc.get().uri(uri).with(as(alice)).header("Accept-Language", "es")).bodyText()
			.contains("aria-hidden=\"true\">Lu</li>", "aria-hidden=\"true\">Do</li>")
			.doesNotContain("aria-hidden=\"true\">Mo</li>");
		assertThat(this.mvc.get().uri(uri).with(as(alice)).header("Accept-Language", "en")).bodyText()
			.contains("aria-hidden=\"true\">Mo</li>", "aria-hidden=\"true\">Su</li>");
	}

	private String page(ApiUser user, String uri) throws Exception {
		var result = this.mvc.get().uri(uri).with(as(user)).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(ApiUser user) {
		long id = this.jdbc.queryForObject("select id from accounts where username = ?", Long.class, user.username());
		return SignedIn.as(id, user.username());
	}

	/** The day's element, from its opening tag to the end of its cell. */
	private static String day(String page, LocalDate night) {
		var matcher = Pattern.compile("<[^>]*id=\"day-" + night + "\"(?s:.*?)</li>").matcher(page);
		assertThat(matcher.find()).as("day " + night).isTrue();
		return matcher.group();
	}

}
