package org.crampwise.account;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A user of Crampwise. The username is stored in lower case, so "Alice" typed by a phone keyboard that capitalises
 * the first letter signs in to the same account as "alice".
 */
@Entity
@Table(name = "accounts")
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, unique = true, length = 40)
	private String username;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "time_zone", nullable = false, length = 64)
	private String timeZone;

	/** The chosen language (a tag such as {@code es}); null follows the browser. */
	@Column(name = "locale", length = 16)
	private @Nullable String locale;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Role role = Role.PATIENT;

	@Column(name = "display_name", length = 80)
	private @Nullable String displayName;

	protected Account() {
		this.username = "";
		this.passwordHash = "";
		this.timeZone = "UTC";
		this.createdAt = Instant.EPOCH;
	}

	Account(String username, String passwordHash, ZoneId timeZone, Instant createdAt) {
		this.username = normalize(username);
		this.passwordHash = passwordHash;
		this.timeZone = timeZone.getId();
		this.createdAt = createdAt;
	}

	Account(String username, String passwordHash, ZoneId timeZone, Instant createdAt, Role role,
			@Nullable String displayName) {
		this(username, passwordHash, timeZone, createdAt);
		this.role = role;
		this.displayName = displayName;
	}

	Role role() {
		return this.role;
	}

	/** The name others see: the display name, or the username when none was given. */
	String displayName() {
		return (this.displayName == null || this.displayName.isBlank()) ? this.username : this.displayName;
	}

	static String normalize(String username) {
		return username.trim().toLowerCase(java.util.Locale.ROOT);
	}

	AccountId id() {
		if (this.id == null) {
			throw new IllegalStateException("account not saved yet");
		}
		return new AccountId(this.id);
	}

	String username() {
		return this.username;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	ZoneId timeZone() {
		return ZoneId.of(this.timeZone);
	}

	@Nullable String locale() {
		return this.locale;
	}

	void changeLocale(@Nullable String locale) {
		this.locale = locale;
	}

	void changeTimeZone(ZoneId zone) {
		this.timeZone = zone.getId();
	}

	Instant createdAt() {
		return this.createdAt;
	}

}
