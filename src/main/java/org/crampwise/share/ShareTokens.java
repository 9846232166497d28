package org.crampwise.share;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Share-link tokens: {@value #BYTES} bytes (256 bits) from {@link SecureRandom}, written in unpadded base64url
 * (43 characters, safe in a URL path). Only {@link #hash(String)}, the hex SHA-256 of the token, is stored: a token
 * has far too much entropy to be found from its hash, so no salt or slow hash is needed, and the lookup by hash
 * goes through a unique index.
 */
@Component
class ShareTokens {

	static final int BYTES = 32;

	/** The shape of every token this class makes; anything else is answered "not found" without a query. */
	static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

	private final SecureRandom random = new SecureRandom();

	String newToken() {
		byte[] bytes = new byte[BYTES];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static boolean wellFormed(String token) {
		return FORMAT.matcher(token).matches();
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

}
