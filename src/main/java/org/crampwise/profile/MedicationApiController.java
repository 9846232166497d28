package org.crampwise.profile;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.crampwise.account.AccountId;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.Paging;

/**
 * {@code /api/v1/medications}: the signed-in user's medications, and the catalog of drug names to pick from.
 */
@RestController
@RequestMapping("/api/v1/medications")
class MedicationApiController {

	private final MedicationService medications;

	private final MedicationCatalog catalog;

	private final ProfileRules rules;

	MedicationApiController(MedicationService medications, MedicationCatalog catalog, ProfileRules rules) {
		this.medications = medications;
		this.catalog = catalog;
		this.rules = rules;
	}

	/** The user's medications as a page, ordered by start date (unknown first), then name. */
	@Operation(summary = "List medications", description = "Paged: items, page, size, total.")
	@ApiResponse(responseCode = "200", description = "A page of medications")
	@GetMapping
	MedicationPage list(AccountId me, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		Paging.of(page, size);
		List<Medication> all = this.medications.medications(me);
		long from = Math.min((long) page * size, all.size());
		long to = Math.min(from + size, all.size());
		return new MedicationPage(all.subList((int) from, (int) to), page, size, all.size());
	}

	/** Adds a medication; without {@code drugClass} the catalog supplies it ({@code OTHER} for an unknown name). */
	@Operation(summary = "Add a medication", description = "A name not in the catalog is saved with the class OTHER unless one is given.")
	@ApiResponse(responseCode = "201", description = "Added; Location names it")
	@PostMapping
	ResponseEntity<Medication> add(AccountId me, @RequestBody MedicationRequest body) {
		if (body.id() != null) {
			throw new InvalidInputException(List.of(this.rules.unknownMedicationId()));
		}
		Medication added = this.medications.add(me, body.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/medications/" + added.id())).body(added);
	}

	@Operation(summary = "Replace a medication")
	@ApiResponse(responseCode = "200", description = "The saved medication")
	@PutMapping("/{id}")
	Medication replace(AccountId me, @PathVariable long id, @RequestBody MedicationRequest body) {
		if (body.id() != null && body.id() != id) {
			throw new InvalidInputException(List.of(this.rules.unknownMedicationId()));
		}
		return this.medications.update(me, id, body.toDraft());
	}

	@Operation(summary = "Delete a medication")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(AccountId me, @PathVariable long id) {
		this.medications.delete(me, id);
		return ResponseEntity.noContent().build();
	}

	/** Catalog entries matching a part of a generic or brand name, best matches first (at most 10). */
	@Operation(summary = "Search the medication catalog", description = "Names that start with or contain q, with their drug class, for suggestions.")
	@ApiResponse(responseCode = "200", description = "Matching catalog entries")
	@GetMapping("/catalog")
	List<CatalogEntry> catalog(@RequestParam @Size(max = MedicationDraft.MAX_NAME) String q) {
		return this.catalog.search(q);
	}

	/**
	 * The contract's medication JSON. {@code id} may be sent back as read: it must then be the id of the path
	 * ({@code PUT}) or absent ({@code POST}).
	 */
	record MedicationRequest(@Nullable Long id, @Nullable String name, @Nullable DrugClass drugClass,
			@Nullable LocalDate startedOn, @Nullable LocalDate stoppedOn) {

		MedicationDraft toDraft() {
			return new MedicationDraft((this.name != null) ? this.name : "", this.drugClass, this.startedOn,
					this.stoppedOn);
		}

	}

	record MedicationPage(List<Medication> items, int page, int size, long total) {
	}

}
