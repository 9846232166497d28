package org.crampwise.profile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.crampwise.account.AccountId;
import org.crampwise.account.Accounts;
import org.crampwise.system.FieldProblem;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.ResourceNotFoundException;

/**
 * The medications a user takes or took. A medication saved without a class gets the catalog's class for its name,
 * {@link DrugClass#OTHER} when the catalog does not know it. Another user's medication id is answered like a missing
 * one. Other modules read the list through {@link #medications(AccountId)}.
 */
@Service
public class MedicationService {

	/** Unknown start dates first, then by start date, then by name. */
	static final Comparator<Medication> ORDER = Comparator
		.comparing(Medication::startedOn, Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(Medication::name, String.CASE_INSENSITIVE_ORDER)
		.thenComparingLong(Medication::id);

	private final MedicationRepository repository;

	private final MedicationCatalog catalog;

	private final ProfileRules rules;

	private final Accounts accounts;

	private final Clock clock;

	MedicationService(MedicationRepository repository, MedicationCatalog catalog, ProfileRules rules,
			Accounts accounts, Clock clock) {
		this.repository = repository;
		this.catalog = catalog;
		this.rules = rules;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** Several owners' medications in one statement, each owner's in the order of {@link #medications(AccountId)}. */
	@Transactional(readOnly = true)
	public java.util.Map<AccountId, List<Medication>> medicationsOfAll(java.util.Collection<AccountId> owners) {
		java.util.Map<AccountId, List<Medication>> byOwner = new java.util.HashMap<>();
		owners.forEach(owner -> byOwner.put(owner, new java.util.ArrayList<>()));
		if (!owners.isEmpty()) {
			this.repository.findByAccountIdIn(owners.stream().map(AccountId::value).toList())
				.forEach(entry -> byOwner.computeIfAbsent(entry.owner(), o -> new java.util.ArrayList<>())
					.add(entry.toMedication()));
		}
		byOwner.values().forEach(list -> list.sort(ORDER));
		return byOwner;
	}

	/** The owner's medications, ordered by the day they were started (unknown first), then by name. */
	@Transactional(readOnly = true)
	public List<Medication> medications(AccountId owner) {
		return this.repository.findByAccountId(owner.value())
			.stream()
			.map(MedicationEntry::toMedication)
			.sorted(ORDER)
			.toList();
	}

	@Transactional(readOnly = true)
	Medication medication(AccountId owner, long id) {
		return find(owner, id).toMedication();
	}

	/**
	 * @throws InvalidInputException naming each bad field; nothing is stored then
	 */
	@Transactional
	Medication add(AccountId owner, MedicationDraft draft) {
		check(draft);
		return this.repository.saveAndFlush(new MedicationEntry(owner, draft, classOf(draft))).toMedication();
	}

	/**
	 * Replaces every value of one of the owner's medications.
	 * @throws ResourceNotFoundException for an id that is not one of the owner's
	 * @throws InvalidInputException naming each bad field; nothing is stored then
	 */
	@Transactional
	Medication update(AccountId owner, long id, MedicationDraft draft) {
		MedicationEntry entry = find(owner, id);
		check(draft);
		entry.replaceWith(draft, classOf(draft));
		return this.repository.saveAndFlush(entry).toMedication();
	}

	/** Marks a medication as stopped today (the owner's today); one already stopped keeps its date. */
	@Transactional
	Medication stop(AccountId owner, long id) {
		Medication medication = medication(owner, id);
		if (medication.stoppedOn() != null) {
			return medication;
		}
		LocalDate today = LocalDate.now(this.clock.withZone(this.accounts.zoneOf(owner)));
		return update(owner, id, new MedicationDraft(medication.name(), medication.drugClass(),
				medication.startedOn(), today));
	}

	@Transactional
	void delete(AccountId owner, long id) {
		this.repository.delete(find(owner, id));
	}

	private MedicationEntry find(AccountId owner, long id) {
		return this.repository.findByIdAndAccountId(id, owner.value())
			.orElseThrow(() -> new ResourceNotFoundException("medication", id));
	}

	private void check(MedicationDraft draft) {
		List<FieldProblem> problems = this.rules.problemsOfMedication(draft);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private DrugClass classOf(MedicationDraft draft) {
		return (draft.drugClass() != null) ? draft.drugClass() : this.catalog.classOf(draft.name());
	}

}
