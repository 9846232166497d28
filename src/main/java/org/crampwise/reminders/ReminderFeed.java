package org.crampwise.reminders;

import java.time.Instant;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import org.crampwise.account.AccountId;

/** The reminder feed of one account, known by the hash of its token only. */
@Entity
@Table(name = "reminder_feeds")
class ReminderFeed {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "account_id", nullable = false, updatable = false)
	private long accountId;

	@Column(name = "token_hash", nullable = false, length = 64)
	private String tokenHash;

	@Column(name = "check_in_at", nullable = false)
	private LocalTime checkInAt;

	@Column(name = "morning_at", nullable = false)
	private LocalTime morningAt;

	@Column(nullable = false, length = 35)
	private String language;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected ReminderFeed() {
		this.tokenHash = "";
		this.checkInAt = ReminderTimes.DEFAULT.checkInAt();
		this.morningAt = ReminderTimes.DEFAULT.morningAt();
		this.language = "en";
		this.createdAt = Instant.EPOCH;
	}

	ReminderFeed(AccountId owner, String tokenHash, ReminderTimes times, String language, Instant createdAt) {
		this.accountId = owner.value();
		this.tokenHash = tokenHash;
		this.checkInAt = times.checkInAt();
		this.morningAt = times.morningAt();
		this.language = language;
		this.createdAt = createdAt;
	}

	/** A new token: the old URL stops working at once. */
	void replaceToken(String tokenHash, String language, Instant at) {
		this.tokenHash = tokenHash;
		this.language = language;
		this.createdAt = at;
	}

	void changeTimes(ReminderTimes times) {
		this.checkInAt = times.checkInAt();
		this.morningAt = times.morningAt();
	}

	AccountId owner() {
		return new AccountId(this.accountId);
	}

	String tokenHash() {
		return this.tokenHash;
	}

	ReminderTimes times() {
		return new ReminderTimes(this.checkInAt, this.morningAt);
	}

	String language() {
		return this.language;
	}

	Instant createdAt() {
		return this.createdAt;
	}

}
