package org.crampwise.account;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import org.crampwise.system.ConflictException;
import org.crampwise.system.FieldProblem;
import org.crampwise.system.Languages;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.ResourceNotFoundException;

/**
 * The accounts service: registration, the account summary, time zones and erasure. Other modules call it for an
 * account's time zone and name; they never see the entity.
 */
@Service
public class Accounts {

	/** The request attribute (with the account id after it) {@link #zoneOf} keeps a zone in. */
	private static final String ZONE_OF = Accounts.class.getName() + ".zoneOf.";

	private static final String ZONE_QUERY = "SELECT time_zone FROM accounts WHERE id = ?";

	private static final int BCRYPT_MAX_BYTES = 72;

	private final AccountRepository repository;

	private final PasswordEncoder passwordEncoder;

	private final LoginThrottle loginThrottle;

	private final Clock clock;

	private final AccountSessions sessions;

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	Accounts(AccountRepository repository, PasswordEncoder passwordEncoder, LoginThrottle loginThrottle, Clock clock,
			AccountSessions sessions, MessageSource messages, ApplicationEventPublisher events, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.events = events;
		this.repository = repository;
		this.passwordEncoder = passwordEncoder;
		this.loginThrottle = loginThrottle;
		this.clock = clock;
		this.sessions = sessions;
	}

	/**
	 * Registers a new account. Bean validation of {@link Registration} has run by then; this adds what it cannot
	 * check: the byte length of the password, the time zone, and that the name is free.
	 * @throws InvalidInputException for a bad password or time zone
	 * @throws ConflictException when the username is taken
	 */
	@Transactional
	public AccountSummary register(Registration registration) {
		String username = Account.normalize(require(registration.username(), "username"));
		String password = require(registration.password(), "password");
		List<FieldProblem> problems = new ArrayList<>();
		if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
			problems.add(FieldProblem.of("password", "account.problem.passwordBytes"));
		}
		ZoneId zone = ZoneId.of("UTC");
		if (registration.timeZone() != null && !registration.timeZone().isBlank()) {
			try {
				zone = ZoneId.of(registration.timeZone().trim());
			}
			catch (java.time.DateTimeException ex) {
				problems.add(FieldProblem.of("timeZone", "account.problem.timeZone"));
			}
		}
		String displayName = (registration.displayName() == null) ? null : registration.displayName().strip();
		if (displayName != null && displayName.isEmpty()) {
			displayName = null;
		}
		if (registration.roleOrDefault() == Role.CLINICIAN && displayName == null) {
			problems.add(FieldProblem.of("displayName", "account.displayName.required"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (this.repository.existsByUsername(username)) {
			throw usernameTaken();
		}
		try {
			Account account = this.repository
				.saveAndFlush(new Account(username, this.passwordEncoder.encode(password), zone, this.clock.instant(),
						registration.roleOrDefault(), displayName));
			return summary(account);
		}
		catch (DataIntegrityViolationException ex) {
			// another request registered the same name between the check and the insert
			throw usernameTaken();
		}
	}

	@Transactional(readOnly = true)
	public AccountSummary summary(AccountId id) {
		return summary(find(id));
	}

	/**
	 * What the clinician workspace shows of each of these accounts (one query whatever their number); an id with
	 * no account is left out.
	 */
	@Transactional(readOnly = true)
	public Map<AccountId, AccountCard> cards(Collection<AccountId> ids) {
		Map<AccountId, AccountCard> cards = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return cards;
		}
		this.repository.findAllById(ids.stream().map(AccountId::value).toList())
			.forEach(account -> cards.put(account.id(), card(account)));
		return cards;
	}

	/** One account's card, if it exists. */
	@Transactional(readOnly = true)
	public java.util.Optional<AccountCard> card(AccountId id) {
		return this.repository.findById(id.value()).map(Accounts::card);
	}

	private static AccountCard card(Account account) {
		return new AccountCard(account.id(), account.username(), account.displayName(), account.role(),
				account.timeZone());
	}

	/**
	 * The zone the user's times are shown in. A page asks it several times (the night prompt, the experiment task,
	 * the urgent flags, the page's own work), so outside a transaction it is read once per request and kept in the
	 * request's attributes, with one query of the column alone (loading the account through JPA was 8% of the home
	 * page's samples); inside one it is read through the transaction's persistence context, which sees the
	 * transaction's own change. {@link #changeTimeZone} forgets the kept zone.
	 */
	public ZoneId zoneOf(AccountId id) {
		RequestAttributes request = TransactionSynchronizationManager.isActualTransactionActive() ? null
				: RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return find(id).timeZone();
		}
		String key = ZONE_OF + id.value();
		if (request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof ZoneId known) {
			return known;
		}
		String stored = this.jdbc.query(ZONE_QUERY, rs -> rs.next() ? rs.getString(1) : null, id.value());
		if (stored == null) {
			throw new ResourceNotFoundException("account", id);
		}
		ZoneId zone = ZoneId.of(stored);
		request.setAttribute(key, zone, RequestAttributes.SCOPE_REQUEST);
		return zone;
	}

	/** The language the user chose on the profile, or null to follow the browser. */
	@Transactional(readOnly = true)
	public @Nullable Locale languageOf(AccountId id) {
		String tag = find(id).locale();
		return (tag == null) ? null : Locale.forLanguageTag(tag);
	}

	/**
	 * Stores the user's language: one of {@link Languages#SUPPORTED}, or null (or empty) to follow the browser.
	 * @throws InvalidInputException naming {@code language} for any other
	 */
	@Transactional
	public @Nullable Locale changeLanguage(AccountId id, @Nullable String tag) {
		Locale chosen = (tag == null || tag.isBlank()) ? null : Languages.supported(tag.strip());
		if (tag != null && !tag.isBlank() && chosen == null) {
			throw InvalidInputException.of("language", "account.problem.locale");
		}
		find(id).changeLocale((chosen == null) ? null : chosen.toLanguageTag());
		return chosen;
	}

	@Transactional
	public void changeTimeZone(AccountId id, String zoneId) {
		try {
			find(id).changeTimeZone(ZoneId.of(zoneId));
			RequestAttributes request = RequestContextHolder.getRequestAttributes();
			if (request != null) {
				request.removeAttribute(ZONE_OF + id.value(), RequestAttributes.SCOPE_REQUEST);
			}
		}
		catch (java.time.DateTimeException ex) {
			throw InvalidInputException.of("timeZone", "account.problem.timeZone");
		}
	}

	/**
	 * Erases the account. Every table of user data references {@code accounts} with {@code ON DELETE CASCADE}, so
	 * one delete removes every row of this user (its remember-me tokens too), and every session of the account ends
	 * at once, on every node (sessions are rows too, see {@link AccountSessions}). {@link AccountErasing} is
	 * published first, in the same transaction, for what other users' data versions depend on this account.
	 */
	@Transactional
	public void erase(AccountId id) {
		Account account = find(id);
		this.events.publishEvent(new AccountErasing(id));
		this.loginThrottle.forgetAccount(id);
		this.repository.delete(account);
		this.sessions.endAll(account.username(), null);
	}

	private Account find(AccountId id) {
		return this.repository.findById(id.value()).orElseThrow(() -> new ResourceNotFoundException("account", id));
	}

	private static AccountSummary summary(Account account) {
		return new AccountSummary(account.id(), account.username(),
				account.createdAt().atZone(account.timeZone()).toOffsetDateTime(), account.timeZone().getId(), account.role(),
				account.displayName());
	}

	private static ConflictException usernameTaken() {
		return new ConflictException(FieldProblem.of("username", "account.username.taken"));
	}

	private static String require(@Nullable String value, String field) {
		if (value == null) {
			throw InvalidInputException.of(field, "problem.required");
		}
		return value;
	}

}
