package org.crampwise.clinician;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.crampwise.account.Secrets;

/**
 * Invite codes: eight characters from an alphabet without look-alikes (no 0/O, 1/I/L), drawn by
 * {@code SecureRandom}, shown as {@code K7PQ-M2XD}: 31^8, about 8.5 x 10^11 codes (40 bits). A code is single use,
 * expires in {@value #VALID_DAYS} days and is looked up only by a signed-in patient, so a guess has about one chance
 * in 10^8 per live code. Only its SHA-256 is stored (the same helper as recovery codes and remember-me tokens).
 */
final class InviteCodes {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	static final int LENGTH = 8;

	static final int VALID_DAYS = 14;

	private static final Pattern TYPED = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");

	private InviteCodes() {
	}

	/** A new code, written with its hyphen. */
	static String newCode() {
		StringBuilder code = new StringBuilder(LENGTH + 1);
		for (int i = 0; i < LENGTH; i++) {
			if (i == LENGTH / 2) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(Secrets.randomInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/**
	 * The code as typed, in its stored form: upper case, spaces and hyphens dropped; empty when it cannot be one
	 * of ours (then no query is made).
	 */
	static Optional<String> normalize(String typed) {
		if (typed.length() > 32) {
			return Optional.empty();
		}
		String bare = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
		return TYPED.matcher(bare).matches() ? Optional.of(bare) : Optional.empty();
	}

	static String hash(String normalized) {
		return Secrets.sha256(normalized);
	}

}
