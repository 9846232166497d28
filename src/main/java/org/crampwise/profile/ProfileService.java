package org.crampwise.profile;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.crampwise.account.AccountId;
import org.crampwise.account.Accounts;
import org.crampwise.system.FieldProblem;
import org.crampwise.system.InvalidInputException;

/**
 * The health profile: birth year, pregnancy and long-term conditions, plus the time zone the account keeps. Other
 * modules read it through {@link #profile(AccountId)}.
 */
@Service
public class ProfileService {

	private final HealthProfileRepository repository;

	private final ProfileRules rules;

	private final Accounts accounts;

	ProfileService(HealthProfileRepository repository, ProfileRules rules, Accounts accounts) {
		this.repository = repository;
		this.rules = rules;
		this.accounts = accounts;
	}

	/** The owner's profile; {@link HealthProfile#EMPTY} when they never saved one. */
	@Transactional(readOnly = true)
	public HealthProfile profile(AccountId owner) {
		return this.repository.findWithConditions(owner.value())
			.map(StoredHealthProfile::toProfile)
			.orElse(HealthProfile.EMPTY);
	}

	/** Several owners' profiles in one statement; an owner who never saved one gets {@link HealthProfile#EMPTY}. */
	@Transactional(readOnly = true)
	public java.util.Map<AccountId, HealthProfile> profiles(java.util.Collection<AccountId> owners) {
		java.util.Map<AccountId, HealthProfile> byOwner = new java.util.HashMap<>();
		owners.forEach(owner -> byOwner.put(owner, HealthProfile.EMPTY));
		if (!owners.isEmpty()) {
			this.repository.findAllOf(owners.stream().map(AccountId::value).toList())
				.forEach(stored -> byOwner.put(stored.owner(), stored.toProfile()));
		}
		return byOwner;
	}

	/** What the profile page's form starts from, read in one transaction: the account is looked up once. */
	@Transactional(readOnly = true)
	Settings settings(AccountId owner) {
		return new Settings(profile(owner), timeZone(owner), this.accounts.languageOf(owner));
	}

	/** The owner's profile, time zone id and chosen language (null: the browser's). */
	record Settings(HealthProfile profile, String timeZone, java.util.@org.jspecify.annotations.Nullable Locale language) {
	}

	/** The zone id the owner's times are shown in. */
	@Transactional(readOnly = true)
	String timeZone(AccountId owner) {
		return this.accounts.zoneOf(owner).getId();
	}

	/**
	 * Replaces the owner's profile and, when the change names one, their time zone, all or nothing.
	 * @throws InvalidInputException naming each bad field; nothing is stored then
	 */
	@Transactional
	HealthProfile update(AccountId owner, ProfileChange change) {
		List<FieldProblem> problems = this.rules.problemsOfProfile(change, this.accounts.zoneOf(owner));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		StoredHealthProfile stored = this.repository.findById(owner.value())
			.orElseGet(() -> new StoredHealthProfile(owner));
		stored.replaceWith(change.toProfile());
		HealthProfile saved = this.repository.saveAndFlush(stored).toProfile();
		if (change.timeZone() != null) {
			this.accounts.changeTimeZone(owner, change.timeZone().strip());
		}
		return saved;
	}

}
