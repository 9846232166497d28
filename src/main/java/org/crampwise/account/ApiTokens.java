package org.crampwise.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.crampwise.system.ConflictException;
import org.crampwise.system.FieldProblem;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.ResourceNotFoundException;

/**
 * API tokens: made with {@value #BYTES} random bytes (256 bits) from {@link SecureRandom}, shown once, stored as
 * their hex SHA-256 only; named, scoped, expiring, revocable at once (the row is deleted). Checking one is a single
 * indexed query, and {@code lastUsedAt} is written at most once a {@link #TOUCH_EVERY minute} per token, so a token
 * call costs what a cookie call costs.
 */
@Service
class ApiTokens {

	static final String PREFIX = "cwt_";

	static final int BYTES = 32;

	static final int DEFAULT_DAYS = 90;

	static final int MAX_DAYS = 365;

	static final int MAX_PER_ACCOUNT = 20;

	static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

	/** The shape of every token made here; anything else is refused without a query. */
	static final Pattern FORMAT = Pattern.compile(PREFIX + "[A-Za-z0-9_-]{43}");

	private final ApiTokenRepository tokens;

	private final AccountRepository accounts;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ApiTokens(ApiTokenRepository tokens, AccountRepository accounts, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Makes a token.
	 * @throws InvalidInputException naming every bad field; nothing is stored
	 * @throws ConflictException when the account already has {@value #MAX_PER_ACCOUNT} tokens
	 */
	@Transactional
	CreatedToken create(AccountId owner, @Nullable String name, @Nullable TokenScope scope,
			@Nullable Integer expiresInDays) {
		List<FieldProblem> problems = new ArrayList<>();
		String trimmed = (name != null) ? name.strip() : "";
		if (trimmed.isEmpty() || trimmed.length() > ApiToken.MAX_NAME) {
			problems.add(FieldProblem.of("name", "tokens.problem.nameLength", Integer.toString(ApiToken.MAX_NAME)));
		}
		else if (trimmed.codePoints().anyMatch(c -> Character.isISOControl(c) || !Character.isDefined(c))) {
			problems.add(FieldProblem.of("name", "tokens.problem.nameControl"));
		}
		if (scope == null) {
			problems.add(FieldProblem.of("scope", "tokens.problem.scope"));
		}
		int days = (expiresInDays != null) ? expiresInDays : DEFAULT_DAYS;
		if (days < 1 || days > MAX_DAYS) {
			problems.add(FieldProblem.of("expiresInDays", "problem.between", "1", Integer.toString(MAX_DAYS)));
		}
		if (!problems.isEmpty() || scope == null) {
			throw new InvalidInputException(problems);
		}
		if (this.tokens.countByAccountId(owner.value()) >= MAX_PER_ACCOUNT) {
			throw new ConflictException(
					FieldProblem.of("name", "tokens.problem.tooMany", Integer.toString(MAX_PER_ACCOUNT)));
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		String secret = newSecret();
		ApiToken token = this.tokens
			.save(new ApiToken(owner, trimmed, hash(secret), scope, now, now.plus(Duration.ofDays(days))));
		return new CreatedToken(summary(token, zoneOf(owner)), secret);
	}

	/** The account's tokens, newest first (never the secret). */
	@Transactional(readOnly = true)
	List<TokenSummary> list(AccountId owner) {
		ZoneId zone = zoneOf(owner);
		return this.tokens.findByAccountIdOrderByCreatedAtDescIdDesc(owner.value())
			.stream()
			.map(token -> summary(token, zone))
			.toList();
	}

	/** Revokes one of the account's tokens at once; another user's token is "not found" like a missing one. */
	@Transactional
	void revoke(AccountId owner, long id) {
		if (this.tokens.deleteByIdAndAccountId(id, owner.value()) == 0) {
			throw new ResourceNotFoundException("token", id);
		}
	}

	/** The live token of this secret, if any; notes its use at most once a minute. */
	@Transactional
	Optional<ApiTokenRepository.Bearer> authenticate(String secret) {
		if (!FORMAT.matcher(secret).matches()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		Optional<ApiTokenRepository.Bearer> found = this.tokens.findBearer(hash(secret))
			.filter(bearer -> now.isBefore(bearer.expiresAt()));
		found.ifPresent(bearer -> {
			Instant staleBefore = now.minus(TOUCH_EVERY);
			if (bearer.lastUsedAt() == null || bearer.lastUsedAt().isBefore(staleBefore)) {
				this.tokens.touch(bearer.id(), now, staleBefore);
			}
		});
		return found;
	}

	private String newSecret() {
		byte[] bytes = new byte[BYTES];
		this.random.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String secret) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	private ZoneId zoneOf(AccountId owner) {
		return this.accounts.findById(owner.value()).map(Account::timeZone).orElse(ZoneId.of("UTC"));
	}

	private static TokenSummary summary(ApiToken token, ZoneId zone) {
		Instant used = token.lastUsedAt();
		return new TokenSummary(token.id(), token.name(), token.scope(), at(token.createdAt(), zone),
				at(token.expiresAt(), zone), (used != null) ? at(used, zone) : null);
	}

	private static OffsetDateTime at(Instant instant, ZoneId zone) {
		return instant.atZone(zone).toOffsetDateTime();
	}

	/**
	 * A token as its owner sees it.
	 *
	 * @param id its id
	 * @param name what the owner called it
	 * @param scope READ or WRITE
	 * @param createdAt when it was made
	 * @param expiresAt when it stops working
	 * @param lastUsedAt when it was last used (to the minute), if ever
	 */
	record TokenSummary(long id, String name, TokenScope scope, OffsetDateTime createdAt, OffsetDateTime expiresAt,
			@Nullable OffsetDateTime lastUsedAt) {
	}

	/** A token just made: the only time its secret is known. */
	record CreatedToken(TokenSummary token, String secret) {
	}

}
