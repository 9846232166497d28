package org.crampwise.account;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recovery codes, the way back into an account whose password is forgotten (there is no e-mail reset). Ten codes
 * are made at registration or on request, shown once, stored hashed, and each works once. A code is 12 characters
 * from a 31-letter alphabet without look-alikes (59 bits), shown as {@code xxxx-xxxx-xxxx}; dashes, spaces and case
 * do not matter when it is typed back.
 */
@Component
class RecoveryCodes {

	static final int COUNT = 10;

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final int LENGTH = 12;

	private final RecoveryCodeRepository repository;

	private final Clock clock;

	RecoveryCodes(RecoveryCodeRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/** Replaces the account's codes with {@link #COUNT} new ones and returns them, the only time they are seen. */
	@Transactional
	List<String> regenerate(AccountId account) {
		this.repository.deleteByAccountId(account.value());
		Instant now = this.clock.instant();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < COUNT; i++) {
			String code = newCode();
			codes.add(code);
			this.repository.save(new RecoveryCode(account, Secrets.sha256(normalize(code)), now));
		}
		return codes;
	}

	/** Uses up the code if it is one of the account's unused codes. */
	@Transactional
	boolean use(AccountId account, String typed) {
		String code = normalize(typed);
		return code.length() == LENGTH
				&& this.repository.deleteByAccountIdAndCodeHash(account.value(), Secrets.sha256(code)) == 1;
	}

	@Transactional(readOnly = true)
	long remaining(AccountId account) {
		return this.repository.countByAccountId(account.value());
	}

	static String normalize(String typed) {
		return typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
	}

	private static String newCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < LENGTH; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(Secrets.randomInt(ALPHABET.length())));
		}
		return code.toString();
	}

}
