package org.crampwise.checkin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import org.crampwise.account.AccountId;
import org.crampwise.account.Accounts;
import org.crampwise.system.FieldProblem;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.NightRule;
import org.crampwise.system.Paging;
import org.crampwise.system.ResourceNotFoundException;

/**
 * Nightly check-ins: one per account and night, saved with an idempotent upsert. Every method works on the given
 * owner's check-ins only. Other modules read them through {@link #checkInsBetween} and {@link #checkIn}.
 */
@Service
public class CheckInService {

	/** The earliest and latest nights a range query reaches when the caller leaves a bound open. */
	static final LocalDate FIRST_NIGHT = LocalDate.of(1900, 1, 1);

	static final LocalDate LAST_NIGHT = LocalDate.of(9999, 12, 31);

	/** How many check-ins {@link #forEachCheckInBetween} reads per query. */
	static final int CHUNK_SIZE = 500;

	private final CheckInRepository repository;

	private final CheckInRules rules;

	private final Accounts accounts;

	private final Clock clock;

	private final TransactionTemplate transaction;

	CheckInService(CheckInRepository repository, CheckInRules rules, Accounts accounts, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.repository = repository;
		this.rules = rules;
		this.accounts = accounts;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * The owner's check-ins of the nights from {@code fromNight} to {@code toNight}, both included, newest first.
	 */
	@Transactional(readOnly = true)
	public List<CheckIn> checkInsBetween(AccountId owner, LocalDate fromNight, LocalDate toNight) {
		return this.repository.findByAccountIdAndNightOfBetweenOrderByNightOfDesc(owner.value(), fromNight, toNight)
			.stream()
			.map(NightlyCheckIn::toCheckIn)
			.toList();
	}

	/**
	 * Hands each of the owner's check-ins of the nights {@code from}..{@code to} to {@code action}, newest first,
	 * read in chunks of {@value #CHUNK_SIZE} by keyset on the night (one check-in per night), so a walk over years
	 * holds one chunk in memory; each chunk is its own short read.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void forEachCheckInBetween(AccountId owner, LocalDate from, LocalDate to, Consumer<CheckIn> action) {
		LocalDate last = to;
		while (!from.isAfter(last)) {
			List<NightlyCheckIn> chunk = this.repository.findByAccountIdAndNightOfBetweenOrderByNightOfDesc(
					owner.value(), from, last, Limit.of(CHUNK_SIZE));
			chunk.forEach(checkIn -> action.accept(checkIn.toCheckIn()));
			if (chunk.size() < CHUNK_SIZE) {
				return;
			}
			last = chunk.get(chunk.size() - 1).nightOf().minusDays(1);
		}
	}

	/**
	 * The check-ins of several owners of the nights {@code fromNight..toNight}, by owner (newest first), read in
	 * one statement whatever the number of owners; an owner without any is absent.
	 */
	@Transactional(readOnly = true)
	public Map<AccountId, List<CheckIn>> checkInsOfAll(Collection<AccountId> owners, LocalDate fromNight,
			LocalDate toNight) {
		Map<AccountId, List<CheckIn>> byOwner = new HashMap<>();
		if (owners.isEmpty() || fromNight.isAfter(toNight)) {
			return byOwner;
		}
		this.repository.findNightsOfAll(owners.stream().map(AccountId::value).toList(), fromNight, toNight)
			.forEach(c -> byOwner.computeIfAbsent(c.owner(), o -> new ArrayList<>()).add(c.toCheckIn()));
		byOwner.values().forEach(list -> list.sort(Comparator.comparing(CheckIn::nightOf).reversed()));
		return byOwner;
	}

	/** Each owner's latest night with a check-in, in one statement; an owner without any is absent. */
	@Transactional(readOnly = true)
	public Map<AccountId, LocalDate> lastNights(Collection<AccountId> owners) {
		Map<AccountId, LocalDate> last = new HashMap<>();
		if (!owners.isEmpty()) {
			this.repository.findLastNightsOfAll(owners.stream().map(AccountId::value).toList())
				.forEach(row -> last.put(new AccountId(((Number) row[0]).longValue()), (LocalDate) row[1]));
		}
		return last;
	}

	/** The owner's earliest night with a check-in, if any (exports default to the nights that exist). */
	@Transactional(readOnly = true)
	public Optional<LocalDate> firstNight(AccountId owner) {
		return Optional.ofNullable(this.repository.findFirstNight(owner.value()));
	}

	/** The owner's check-in of one night, if they saved one. */
	@Transactional(readOnly = true)
	public Optional<CheckIn> checkIn(AccountId owner, LocalDate nightOf) {
		return this.repository.findByAccountIdAndNightOf(owner.value(), nightOf).map(NightlyCheckIn::toCheckIn);
	}

	/**
	 * The nights from {@code fromNight} to {@code toNight} whose check-in was saved with "same as last night" and
	 * answers equal to the night before's: such check-ins add fake persistence, so insights count them apart.
	 */
	@Transactional(readOnly = true)
	public Set<LocalDate> copiedNightsBetween(AccountId owner, LocalDate fromNight, LocalDate toNight) {
		return new HashSet<>(this.repository.findCopiedNights(owner.value(), fromNight, toNight));
	}

	/** The night the owner is in now, by their own time zone and {@link NightRule}. */
	LocalDate tonight(AccountId owner) {
		ZonedDateTime now = ZonedDateTime.now(this.clock.withZone(this.accounts.zoneOf(owner)));
		return NightRule.nightOf(now.toOffsetDateTime());
	}

	/** The latest check-in before a night, which a new night's page starts from. */
	@Transactional(readOnly = true)
	Optional<CheckIn> latestBefore(AccountId owner, LocalDate night) {
		return this.repository.findFirstByAccountIdAndNightOfBeforeOrderByNightOfDesc(owner.value(), night)
			.map(NightlyCheckIn::toCheckIn);
	}

	/** One page of the owner's check-ins between two nights (either may be open), newest first. */
	@Transactional(readOnly = true)
	Page<CheckIn> page(AccountId owner, LocalDate fromNight, LocalDate toNight, int page, int size) {
		List<FieldProblem> problems = new ArrayList<>(this.rules.problemsOfRange(fromNight, toNight));
		problems.addAll(Paging.problems(page, size));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return this.repository
			.findByAccountIdAndNightOfBetweenOrderByNightOfDesc(owner.value(), fromNight, toNight,
					PageRequest.of(page, size))
			.map(NightlyCheckIn::toCheckIn);
	}

	/**
	 * Stores the check-in of its night, replacing every answer of an earlier save of that night. Saving the same
	 * answers again changes nothing.
	 * @throws InvalidInputException naming each bad field; nothing is stored then
	 */
	Saved save(AccountId owner, CheckIn checkIn) {
		return save(owner, checkIn, false);
	}

	/**
	 * As {@link #save(AccountId, CheckIn)}, from the page's "same as last night" button when {@code sameAsLastNight}:
	 * the check-in is marked copied when its answers equal those of the latest earlier check-in (unchanged).
	 */
	Saved save(AccountId owner, CheckIn checkIn, boolean sameAsLastNight) {
		boolean copied = sameAsLastNight && latestBefore(owner, checkIn.nightOf())
			.map(earlier -> sameAnswers(earlier, checkIn))
			.orElse(false);
		List<FieldProblem> problems = this.rules.problems(checkIn, tonight(owner));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		try {
			return upsert(owner, checkIn, copied);
		}
		catch (DataIntegrityViolationException ex) {
			// a concurrent first save of the same night won the insert: this one now replaces its answers
			return upsert(owner, checkIn, copied);
		}
	}

	/** Whether two check-ins give the same answers (their nights aside). */
	static boolean sameAnswers(CheckIn a, CheckIn b) {
		return a.equals(new CheckIn(a.nightOf(), b.waterMl(), b.alcoholDrinks(), b.hoursFromLastDrinkToBed(),
				b.standingHours(), b.sittingHours(), b.exercise(), b.stretchedBeforeBed(), b.warmBathBeforeBed(),
				b.potassiumFoodServings(), b.magnesiumSupplement(), b.tightBedding()));
	}

	private Saved upsert(AccountId owner, CheckIn checkIn, boolean copied) {
		Saved saved = this.transaction.execute(status -> {
			Optional<NightlyCheckIn> existing = this.repository.findByAccountIdAndNightOf(owner.value(),
					checkIn.nightOf());
			existing.ifPresent(stored -> stored.replaceAnswers(checkIn));
			NightlyCheckIn toStore = existing.orElseGet(() -> new NightlyCheckIn(owner, checkIn));
			toStore.copiedFromPrevious(copied);
			NightlyCheckIn stored = this.repository.saveAndFlush(toStore);
			return new Saved(stored.toCheckIn(), existing.isEmpty());
		});
		if (saved == null) {
			throw new IllegalStateException("the check-in transaction returned nothing");
		}
		return saved;
	}

	/**
	 * Deletes the owner's check-in of a night.
	 * @throws ResourceNotFoundException when there is none
	 */
	@Transactional
	void delete(AccountId owner, LocalDate nightOf) {
		NightlyCheckIn checkIn = this.repository.findByAccountIdAndNightOf(owner.value(), nightOf)
			.orElseThrow(() -> new ResourceNotFoundException("check-in", nightOf));
		this.repository.delete(checkIn);
	}

	/**
	 * The outcome of a save.
	 *
	 * @param checkIn what is stored now
	 * @param created whether the night had no check-in before
	 */
	record Saved(CheckIn checkIn, boolean created) {
	}

}
