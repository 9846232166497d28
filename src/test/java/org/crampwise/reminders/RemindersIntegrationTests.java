package org.crampwise.reminders;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import biweekly.ICalendar;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.crampwise.support.ApiUser;
import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminder feed end to end over real HTTP: made by the API, fetched by a client with no cookie and no
 * credentials (as a calendar app does), read by ical4j and biweekly, private headers and no session; a replaced
 * or revoked URL answers the same bare 404 as one that never existed; another user's feed holds nothing of this
 * user's; bad times are field-named 400s that store nothing; erasing the account removes the feed.
 */
@IntegrationTest
class RemindersIntegrationTests {

	static final Pattern URL = Pattern.compile("\"url\":\"(http://localhost:\\d+/reminders/calendar/([A-Za-z0-9_-]{43})\\.ics)\"");

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	final HttpClient calendarApp = HttpClient.newHttpClient();

	ApiUser alice;

	@BeforeEach
	void register() {
		this.alice = ApiUser.register(this.client, "subscriber");
	}

	@Test
	void aFeedOpensWithoutCookieOrSignInAndHoldsTheRemindersInTheUsersZone() throws Exception {
		String created = this.alice.create("/api/v1/reminders/feed", "{\"checkInAt\":\"22:15\"}");
		assertThat(created).contains("\"checkInAt\":\"22:15\"", "\"morningAt\":\"07:30\"");
		String url = url(created);
		assertThat(url).startsWith("http://localhost:" + this.port + "/reminders/calendar/");

		HttpResponse<String> feed = fetch(url);
		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
		assertThat(feed.headers().allValues("Set-Cookie")).as("no session, no cookie").isEmpty();
		assertThat(feed.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store", "private");
		assertThat(feed.headers().firstValue("X-Robots-Tag")).hasValue("noindex, nofollow");
		assertThat(feed.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");

		Calendar calendar = FeedParsers.ical4j(feed.body());
		ICalendar other = FeedParsers.biweekly(feed.body());
		assertThat(calendar.<VEvent>getComponents("VEVENT")).isNotEmpty();
		List<FeedParsers.Event> events = FeedParsers.Event.of(other);
		assertThat(events).isNotEmpty().allSatisfy(event -> {
			assertThat(event.tzid()).isEqualTo(ApiUser.ZONE.getId());
			assertThat(event.alarms()).hasSize(1);
		});
		LocalDateTime tonightsCheckIn = ApiUser.tonight().atTime(22, 15);
		assertThat(events).filteredOn(e -> e.uid().startsWith("checkin-"))
			.extracting(FeedParsers.Event::local)
			.contains(tonightsCheckIn);
		assertThat(events).filteredOn(e -> e.uid().startsWith("morning-"))
			.extracting(FeedParsers.Event::local)
			.contains(ApiUser.tonight().plusDays(1).atTime(7, 30));
		// nothing of who it is in the feed
		assertThat(feed.body()).doesNotContain(this.alice.username());

		// the times change, the URL stays
		this.client.put()
			.uri("/api/v1/reminders/feed")
			.headers(h -> h.setBasicAuth(this.alice.username(), ApiUser.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"checkInAt\":\"20:45\",\"morningAt\":\"06:05\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.checkInAt")
			.isEqualTo("20:45");
		assertThat(FeedParsers.Event.of(FeedParsers.biweekly(fetch(url).body())))
			.filteredOn(e -> e.uid().startsWith("morning-"))
			.extracting(FeedParsers.Event::local)
			.contains(ApiUser.tonight().plusDays(1).atTime(6, 5));
	}

	@Test
	void aReplacedOrRevokedUrlAnswersTheSameBare404AsOneThatNeverExisted() throws Exception {
		String first = url(this.alice.create("/api/v1/reminders/feed", "{}"));
		String second = url(this.alice.create("/api/v1/reminders/feed", "{}"));
		assertThat(second).isNotEqualTo(first);
		assertThat(fetch(second).statusCode()).isEqualTo(200);

		HttpResponse<String> replaced = fetch(first);
		HttpResponse<String> never = fetch(url("/reminders/calendar/" + "A".repeat(43) + ".ics"));
		HttpResponse<String> malformed = fetch(url("/reminders/calendar/not-a-token.ics"));
		for (HttpResponse<String> answer : List.of(replaced, never, malformed)) {
			assertThat(answer.statusCode()).isEqualTo(404);
			assertThat(answer.body()).isEqualTo(replaced.body());
			assertThat(answer.headers().firstValue("Content-Type")).isEqualTo(replaced.headers().firstValue("Content-Type"));
			assertThat(answer.headers().allValues("Set-Cookie")).isEmpty();
		}

		this.client.delete()
			.uri("/api/v1/reminders/feed")
			.headers(h -> h.setBasicAuth(this.alice.username(), ApiUser.PASSWORD))
			.exchange()
			.expectStatus()
			.isNoContent();
		HttpResponse<String> revoked = fetch(second);
		assertThat(revoked.statusCode()).isEqualTo(404);
		assertThat(revoked.body()).isEqualTo(never.body());
		this.alice.get("/api/v1/reminders/feed").exchange().expectStatus().isNotFound();
	}

	@Test
	void anotherUsersFeedHoldsNothingOfThisUsersAndTheApiIsHisOwn() throws Exception {
		ApiUser bob = ApiUser.register(this.client, "other");
		String alices = url(this.alice.create("/api/v1/reminders/feed", "{\"checkInAt\":\"22:10\"}"));
		String bobs = url(bob.create("/api/v1/reminders/feed", "{\"checkInAt\":\"18:05\"}"));

		List<FeedParsers.Event> bobsEvents = FeedParsers.Event.of(FeedParsers.biweekly(fetch(bobs).body()));
		List<FeedParsers.Event> alicesEvents = FeedParsers.Event.of(FeedParsers.biweekly(fetch(alices).body()));
		assertThat(bobsEvents).filteredOn(e -> e.uid().startsWith("checkin-"))
			.allSatisfy(e -> assertThat(e.local().toLocalTime()).hasToString("18:05"));
		assertThat(alicesEvents).filteredOn(e -> e.uid().startsWith("checkin-"))
			.allSatisfy(e -> assertThat(e.local().toLocalTime()).hasToString("22:10"));
		assertThat(bobsEvents).extracting(FeedParsers.Event::uid)
			.doesNotContainAnyElementsOf(alicesEvents.stream().map(FeedParsers.Event::uid).toList());

		// bob turning his feed off leaves alice's alone
		this.client.delete()
			.uri("/api/v1/reminders/feed")
			.headers(h -> h.setBasicAuth(bob.username(), ApiUser.PASSWORD))
			.exchange()
			.expectStatus()
			.isNoContent();
		assertThat(fetch(bobs).statusCode()).isEqualTo(404);
		assertThat(fetch(alices).statusCode()).isEqualTo(200);
	}

	@Test
	void badTimesAreFieldNamed400sAndStoreNothing() {
		this.client.post()
			.uri("/api/v1/reminders/feed")
			.headers(h -> h.setBasicAuth(this.alice.username(), ApiUser.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"checkInAt\":\"12:00\",\"morningAt\":\"25:00\"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("checkInAt")
			.jsonPath("$.errors[0].message")
			.isEqualTo("must be a time from 16:00 to 23:59, written as HH:mm")
			.jsonPath("$.errors[1].field")
			.isEqualTo("morningAt");
		this.client.post()
			.uri("/api/v1/reminders/feed")
			.headers(h -> h.setBasicAuth(this.alice.username(), ApiUser.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"checkInAt\":21}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("checkInAt");
		this.alice.get("/api/v1/reminders/feed").exchange().expectStatus().isNotFound();
		this.client.put()
			.uri("/api/v1/reminders/feed")
			.headers(h -> h.setBasicAuth(this.alice.username(), ApiUser.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"checkInAt\":\"21:00\",\"morningAt\":\"07:00\"}")
			.exchange()
			.expectStatus()
			.isNotFound();
		assertThat(feedRows(this.alice)).isZero();
	}

	@Test
	void needsSignInToMakeOneAndErasingTheAccountRemovesIt() {
		this.client.post().uri("/api/v1/reminders/feed").exchange().expectStatus().isUnauthorized();
		this.alice.create("/api/v1/reminders/feed", "{}");
		assertThat(feedRows(this.alice)).isOne();
		long id = accountId(this.alice);
		this.client.delete()
			.uri("/api/v1/account")
			.headers(h -> h.setBasicAuth(this.alice.username(), ApiUser.PASSWORD))
			.exchange()
			.expectStatus()
			.isNoContent();
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM reminder_feeds WHERE account_id = ?", Long.class, id))
			.isZero();
	}

	private HttpResponse<String> fetch(String url) throws Exception {
		return this.calendarApp.send(HttpRequest.newBuilder(URI.create(url)).header(HttpHeaders.ACCEPT, "text/calendar").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private String url(String path) {
		if (path.startsWith("{")) {
			Matcher matcher = URL.matcher(path);
			assertThat(matcher.find()).as("a feed URL in %s", path).isTrue();
			return matcher.group(1);
		}
		return "http://localhost:" + this.port + path;
	}

	private long accountId(ApiUser user) {
		return this.jdbc.queryForObject("SELECT id FROM accounts WHERE username = ?", Long.class, user.username());
	}

	private long feedRows(ApiUser user) {
		return this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM reminder_feeds f JOIN accounts a ON a.id = f.account_id WHERE a.username = ?",
				Long.class, user.username());
	}

}
