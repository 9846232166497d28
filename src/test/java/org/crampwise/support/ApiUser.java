package org.crampwise.support;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.crampwise.system.NightRule;

/**
 * A user registered through the API (time zone Europe/Paris) who logs data with HTTP Basic, for full-application
 * tests of modules that read what other modules store (exports, share links).
 */
public final class ApiUser {

	public static final String PASSWORD = "correct-horse-battery";

	public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	private static final AtomicInteger USERS = new AtomicInteger();

	private final RestTestClient client;

	private final String username;

	private ApiUser(RestTestClient client, String username) {
		this.client = client;
		this.username = username;
	}

	/** Registers a new user whose name starts with {@code prefix}. */
	public static ApiUser register(RestTestClient client, String prefix) {
		String name = prefix + USERS.incrementAndGet() + "-" + System.nanoTime() % 100000;
		client.post()
			.uri("/api/v1/account")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"timeZone\":\"" + ZONE + "\"}")
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(String.class)
			.returnResult();
		return new ApiUser(client, name);
	}

	/** Tonight in the user's zone, as the server computes it (the night of now). */
	public static LocalDate tonight() {
		return NightRule.nightOf(ZonedDateTime.now(ZONE).toOffsetDateTime());
	}

	public String username() {
		return this.username;
	}

	/** POSTs JSON and expects 201; returns the body. */
	public String create(String path, String json) {
		return this.client.post()
			.uri(path)
			.headers(h -> h.setBasicAuth(this.username, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	/** PUTs JSON and expects 200 or 201. */
	public void put(String path, String json) {
		this.client.put()
			.uri(path)
			.headers(h -> h.setBasicAuth(this.username, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.exchange()
			.expectStatus()
			.is2xxSuccessful()
			// read the body, so the HTTP client returns the connection to its pool
			.expectBody(String.class)
			.returnResult();
	}

	/** Marks a night "no cramps" (a known night without a cramp). */
	public void markNoCramps(LocalDate night) {
		this.client.put()
			.uri("/api/v1/nights/" + night + "/no-cramps")
			.headers(h -> h.setBasicAuth(this.username, PASSWORD))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult();
	}

	/** Logs an episode and returns its id. */
	public long logEpisode(String json) {
		String body = create("/api/v1/episodes", json);
		return Long.parseLong(body.replaceAll("(?s)^\\{\"id\":(\\d+),.*$", "$1"));
	}

	/** A request signed in as this user. */
	public RestTestClient.RequestHeadersSpec<?> get(String uri) {
		return this.client.get().uri(uri).headers(h -> h.setBasicAuth(this.username, PASSWORD));
	}

}
