package org.crampwise.profile;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import org.crampwise.account.AccountId;
import org.crampwise.system.ReadModelSource;

/**
 * The stored health profile of one account (at most one; its id is the account's). Saving replaces it whole.
 */
@Entity
@Table(name = "health_profiles")
class StoredHealthProfile implements ReadModelSource {

	@Id
	@Column(name = "account_id")
	private long accountId;

	private @Nullable Integer birthYear;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Pregnancy pregnancy;

	@ElementCollection
	@CollectionTable(name = "health_profile_conditions", joinColumns = @JoinColumn(name = "account_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "condition_code", nullable = false, length = 40)
	private Set<HealthCondition> conditions = new HashSet<>();

	/** Null until first saved, which is how Spring Data tells a new profile from a stored one. */
	@Version
	private @Nullable Long version;

	protected StoredHealthProfile() {
		this.pregnancy = Pregnancy.NONE;
	}

	StoredHealthProfile(AccountId owner) {
		this.accountId = owner.value();
		this.pregnancy = Pregnancy.NONE;
	}

	void replaceWith(HealthProfile profile) {
		this.birthYear = profile.birthYear();
		this.pregnancy = profile.pregnancy();
		this.conditions.clear();
		this.conditions.addAll(profile.conditions());
	}

	AccountId owner() {
		return new AccountId(this.accountId);
	}

	HealthProfile toProfile() {
		return new HealthProfile(this.birthYear, this.pregnancy,
				this.conditions.isEmpty() ? Set.of() : EnumSet.copyOf(this.conditions));
	}

	@Override
	public long readModelOwner() {
		return this.accountId;
	}

}
