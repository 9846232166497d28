package org.crampwise.reminders;

import java.net.URI;
import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.crampwise.account.AccountId;
import org.crampwise.system.PublicBaseUrl;
import org.crampwise.system.ResourceNotFoundException;

/**
 * {@code /api/v1/reminders/feed}: the user's reminder calendar feed. Making it answers its secret URL, this once;
 * making it again replaces the URL (the old one stops working); deleting it turns the feed off.
 */
@RestController
@RequestMapping(path = RemindersApiController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Reminders", description = "A calendar feed (RFC 5545) to subscribe to on a phone: the evening check-in, "
		+ "tonight's experiment task and the morning question, each with an alarm, in the user's time zone. Its URL "
		+ "is secret, needs no sign-in, and is shown only when it is made.")
@ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(
		mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "A READ token tried to change the feed, a missing CSRF token, or a "
		+ "cross-site request", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
class RemindersApiController {

	static final String PATH = "/api/v1/reminders/feed";

	private final ReminderFeeds feeds;

	private final PublicBaseUrl base;

	RemindersApiController(ReminderFeeds feeds, PublicBaseUrl base) {
		this.feeds = feeds;
		this.base = base;
	}

	@PostMapping
	@Operation(summary = "Make the reminder feed, or replace its URL",
			description = "The body is optional: checkInAt (16:00..23:59, default 21:30) and morningAt "
					+ "(04:00..11:59, default 07:30), local times HH:mm; a time not given keeps its stored value. "
					+ "Answers the feed's secret URL, this once; an earlier URL of this user stops working at once. "
					+ "The event texts are written in the language of this request.")
	@ApiResponse(responseCode = "201", description = "Made; Location names the feed; the body holds its URL")
	@ApiResponse(responseCode = "400", description = "Invalid input: an errors array names each bad field",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "Another request made this user's feed at the same moment",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<CreatedResponse> create(@Parameter(hidden = true) AccountId me,
			@RequestBody(required = false) @Nullable FeedRequest body) {
		ReminderFeeds.CreatedFeed created = this.feeds.create(me, (body != null) ? body.checkInAt() : null,
				(body != null) ? body.morningAt() : null, LocaleContextHolder.getLocale());
		ReminderTimes times = created.settings().times();
		String url = this.base.base().path(ReminderFeedController.PATH).path(created.token() + ".ics").toUriString();
		return ResponseEntity.created(URI.create(PATH))
			.body(new CreatedResponse(url, times.checkIn(), times.morning(), created.settings().createdAt()));
	}

	@GetMapping
	@Operation(summary = "The reminder feed's times", description = "Never its URL, which is shown only when made.")
	@ApiResponse(responseCode = "200", description = "The feed's settings")
	@ApiResponse(responseCode = "404", description = "The user has no reminder feed", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	FeedResponse get(@Parameter(hidden = true) AccountId me) {
		return this.feeds.settings(me)
			.map(RemindersApiController::response)
			.orElseThrow(() -> new ResourceNotFoundException("reminder feed", me.value()));
	}

	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change the reminder times", description = "Both checkInAt (16:00..23:59) and morningAt "
			+ "(04:00..11:59), local times HH:mm. The URL stays; calendar apps show the new times at their next "
			+ "refresh.")
	@ApiResponse(responseCode = "200", description = "Changed")
	@ApiResponse(responseCode = "400", description = "Invalid input: an errors array names each bad field",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "The user has no reminder feed", content = @Content(
			mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	FeedResponse change(@Parameter(hidden = true) AccountId me, @RequestBody FeedRequest body) {
		return response(this.feeds.changeTimes(me, body.checkInAt(), body.morningAt()));
	}

	@DeleteMapping
	@Operation(summary = "Turn the reminder feed off", description = "Its URL answers 404 from now on. Answers 204 "
			+ "also when there was no feed.")
	@ApiResponse(responseCode = "204", description = "Turned off")
	ResponseEntity<Void> revoke(@Parameter(hidden = true) AccountId me) {
		this.feeds.revoke(me);
		return ResponseEntity.noContent().build();
	}

	private static FeedResponse response(ReminderFeeds.FeedSettings settings) {
		return new FeedResponse(settings.times().checkIn(), settings.times().morning(), settings.createdAt());
	}

	/**
	 * The reminder times.
	 *
	 * @param checkInAt the evening check-in, HH:mm from 16:00 to 23:59
	 * @param morningAt the morning question, HH:mm from 04:00 to 11:59
	 */
	record FeedRequest(@Schema(example = "21:30") @Nullable String checkInAt,
			@Schema(example = "07:30") @Nullable String morningAt) {
	}

	/** A feed just made: its secret {@code url}, shown this once. */
	record CreatedResponse(String url, String checkInAt, String morningAt, Instant createdAt) {
	}

	/** A feed's settings (never its URL). */
	record FeedResponse(String checkInAt, String morningAt, Instant createdAt) {
	}

}
