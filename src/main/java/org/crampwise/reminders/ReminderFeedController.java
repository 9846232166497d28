package org.crampwise.reminders;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.crampwise.system.PublicBaseUrl;

/**
 * The feed itself, {@code /reminders/calendar/{token}.ics}, for calendar apps: no sign-in (the token is the key),
 * no session, {@code text/calendar}. A token that is malformed, replaced, revoked or never existed gets the same
 * bare 404, so the answer never tells whether a feed was there. The answer is private to whoever holds the URL: not
 * stored by caches, not indexed, and no {@code Referer} when a link in it is followed.
 */
@Controller
class ReminderFeedController {

	static final String PATH = "/reminders/calendar/";

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final ReminderFeeds feeds;

	private final CalendarFeed calendar;

	private final PublicBaseUrl base;

	ReminderFeedController(ReminderFeeds feeds, CalendarFeed calendar, PublicBaseUrl base) {
		this.feeds = feeds;
		this.calendar = calendar;
		this.base = base;
	}

	@GetMapping(PATH + "{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		Optional<ReminderFeeds.OpenedFeed> feed = this.feeds.open(token);
		if (feed.isEmpty()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.headers(ReminderFeedController::privately)
				.contentType(MediaType.TEXT_PLAIN)
				.body("Not found\n");
		}
		return ResponseEntity.ok()
			.headers(ReminderFeedController::privately)
			.contentType(TEXT_CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"crampwise.ics\"")
			.body(this.calendar.write(feed.get(), this.base.base()));
	}

	/** Set before Spring Security writes its headers, which then keeps these. */
	private static void privately(HttpHeaders headers) {
		headers.setCacheControl(CacheControl.noStore().cachePrivate());
		headers.setPragma("no-cache");
		headers.set("X-Robots-Tag", "noindex, nofollow");
		headers.set("Referrer-Policy", "no-referrer");
	}

}
