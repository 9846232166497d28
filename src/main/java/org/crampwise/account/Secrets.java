package org.crampwise.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets and their stored form. The secrets here (remember-me tokens, recovery codes) are random with at
 * least 50 bits (a clinician's invite code: about 40 bits, single use, 14 days, looked up only by a signed-in
 * patient), so an unsalted SHA-256 is enough to make a copy of the database useless; passwords use bcrypt.
 * Public so that other modules' secrets (the reminder feed's token, invite codes) are made and stored the same way.
 */
public final class Secrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Secrets() {
	}

	public static String randomToken(int bytes) {
		byte[] value = new byte[bytes];
		RANDOM.nextBytes(value);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
	}

	public static int randomInt(int bound) {
		return RANDOM.nextInt(bound);
	}

	public static String sha256(String secret) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

	/** Compares two hashes in constant time. */
	public static boolean sameHash(String a, String b) {
		return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
	}

}
