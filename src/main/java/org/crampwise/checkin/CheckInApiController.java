package org.crampwise.checkin;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.crampwise.account.AccountId;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.ResourceNotFoundException;

/**
 * {@code /api/v1/checkins}: the signed-in user's nightly check-ins, keyed by night ({@code YYYY-MM-DD}).
 */
@RestController
@RequestMapping("/api/v1/checkins")
class CheckInApiController {

	private final CheckInService checkIns;

	private final CheckInRules rules;

	CheckInApiController(CheckInService checkIns, CheckInRules rules) {
		this.checkIns = checkIns;
		this.rules = rules;
	}

	/** Creates (201) or replaces (200) the check-in of a night. */
	@Operation(summary = "Save the check-in of a night", description = "Creates (201) or replaces (200) the night's check-in; nights after tonight are refused.")
	@ApiResponse(responseCode = "200", description = "Replaced")
	@ApiResponse(responseCode = "201", description = "Created; Location names it")
	@PutMapping("/{nightOf}")
	ResponseEntity<CheckIn> put(AccountId me, @PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate nightOf,
			@RequestBody CheckInRequest body) {
		if (body.nightOf() != null && !body.nightOf().equals(nightOf)) {
			throw new InvalidInputException(List.of(this.rules.nightMismatch(nightOf)));
		}
		CheckInService.Saved saved = this.checkIns.save(me, body.toCheckIn(nightOf));
		if (saved.created()) {
			return ResponseEntity.created(URI.create("/api/v1/checkins/" + nightOf)).body(saved.checkIn());
		}
		return ResponseEntity.ok(saved.checkIn());
	}

	@Operation(summary = "Read the check-in of a night")
	@ApiResponse(responseCode = "200", description = "The check-in")
	@GetMapping("/{nightOf}")
	CheckIn show(AccountId me, @PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate nightOf) {
		return this.checkIns.checkIn(me, nightOf).orElseThrow(() -> new ResourceNotFoundException("check-in", nightOf));
	}

	/** Check-ins whose night is within {@code from}..{@code to} (both optional, inclusive), newest first. */
	@Operation(summary = "List check-ins, newest night first", description = "Optionally from and to nights, both inclusive; paged.")
	@ApiResponse(responseCode = "200", description = "A page: items, page, size, total")
	@GetMapping
	CheckInPage list(AccountId me, @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		Page<CheckIn> found = this.checkIns.page(me, (from != null) ? from : CheckInService.FIRST_NIGHT,
				(to != null) ? to : CheckInService.LAST_NIGHT, page, size);
		return new CheckInPage(found.getContent(), page, size, found.getTotalElements());
	}

	@Operation(summary = "Delete the check-in of a night")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@DeleteMapping("/{nightOf}")
	ResponseEntity<Void> delete(AccountId me, @PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate nightOf) {
		this.checkIns.delete(me, nightOf);
		return ResponseEntity.noContent().build();
	}

	/** The contract's page of a list. */
	record CheckInPage(List<CheckIn> items, int page, int size, long total) {
	}

}
