package org.crampwise.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What a new user sends, from the registration page or {@code POST /api/v1/account}.
 *
 * @param username 3-40 letters, digits, {@code .}, {@code _} or {@code -}; stored in lower case
 * @param password 10-72 characters (bcrypt reads at most 72 bytes)
 * @param timeZone an IANA zone id such as {@code Europe/Paris}; optional, the page fills it in from the browser
 * @param role {@code PATIENT} (the default) or {@code CLINICIAN}
 * @param displayName the name others see, at most 80 characters; a clinician must give one
 */
public record Registration(
		@NotNull(message = "{account.username.required}") @Pattern(regexp = "[A-Za-z0-9._-]{3,40}",
				message = "{account.username.pattern}") @Nullable String username,
		@NotNull(message = "{account.password.required}") @Size(min = 10, max = 72,
				message = "{account.password.size}") @Nullable String password,
		@Nullable String timeZone, @Nullable Role role,
		@Size(max = 80, message = "{account.displayName.size}") @Nullable String displayName) {

	/** A patient without a display name. */
	public static Registration patient(@Nullable String username, @Nullable String password,
			@Nullable String timeZone) {
		return new Registration(username, password, timeZone, null, null);
	}

	/** The role asked for, PATIENT when none. */
	public Role roleOrDefault() {
		return (this.role == null) ? Role.PATIENT : this.role;
	}

}
