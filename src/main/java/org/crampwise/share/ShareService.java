package org.crampwise.share;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.crampwise.account.AccountId;
import org.crampwise.account.Accounts;
import org.crampwise.export.ExportRange;
import org.crampwise.export.ExportService;
import org.crampwise.system.FieldProblem;
import org.crampwise.system.Paging;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.ResourceNotFoundException;

/**
 * Share links: making one (the token is returned once and only its hash is kept), listing and revoking the owner's
 * links and reading their access log, and opening a link by its token, which logs the access. The owner's methods
 * touch only the owner's links; another user's link id is "not found", exactly like a missing one.
 */
@Service
class ShareService {

	static final int DEFAULT_DAYS = 30;

	static final int MAX_DAYS = 365;

	private final ShareLinkRepository links;

	private final ShareAccessRepository accesses;

	private final ShareTokens tokens;

	private final ExportService exports;

	private final Accounts accounts;

	private final MessageSourceAccessor messages;

	private final Clock clock;

	private final int maxOpensPerHour;

	private final int maxOpensPerClientPerHour;

	ShareService(ShareLinkRepository links, ShareAccessRepository accesses, ShareTokens tokens, ExportService exports,
			Accounts accounts, MessageSource messages, Clock clock,
			@Value("${crampwise.share.max-opens-per-hour:60}") int maxOpensPerHour,
			@Value("${crampwise.share.max-opens-per-client-per-hour:20}") int maxOpensPerClientPerHour) {
		this.links = links;
		this.accesses = accesses;
		this.tokens = tokens;
		this.exports = exports;
		this.accounts = accounts;
		this.messages = new MessageSourceAccessor(messages);
		this.clock = clock;
		this.maxOpensPerHour = maxOpensPerHour;
		this.maxOpensPerClientPerHour = maxOpensPerClientPerHour;
	}

	/**
	 * Makes a link for a range (default: from the first logged night to tonight) that expires after
	 * {@code expiresInDays} (default {@value #DEFAULT_DAYS}, at most {@value #MAX_DAYS}).
	 * @throws InvalidInputException naming every bad field (the range's and the expiry's at once); nothing is stored
	 */
	@Transactional
	CreatedShare create(AccountId owner, @Nullable LocalDate from, @Nullable LocalDate to,
			@Nullable Integer expiresInDays) {
		List<FieldProblem> problems = new ArrayList<>();
		ExportRange range = null;
		try {
			range = this.exports.range(owner, from, to);
		}
		catch (InvalidInputException ex) {
			problems.addAll(ex.problems());
		}
		int days = (expiresInDays != null) ? expiresInDays : DEFAULT_DAYS;
		if (days < 1 || days > MAX_DAYS) {
			problems.add(FieldProblem.of("expiresInDays", "share.rule.expiresInDays", MAX_DAYS));
		}
		if (range == null || !problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		String token = this.tokens.newToken();
		ShareLink link = this.links
			.save(new ShareLink(owner, ShareTokens.hash(token), range, now, now.plus(Duration.ofDays(days))));
		return new CreatedShare(link.id(), token, at(link.expiresAt(), this.accounts.zoneOf(owner)), range);
	}

	/** The owner's links, newest first. */
	@Transactional(readOnly = true)
	Page<ShareSummary> list(AccountId owner, int page, int size) {
		List<FieldProblem> problems = new ArrayList<>(Paging.problems(page, size));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		ZoneId zone = this.accounts.zoneOf(owner);
		Instant now = this.clock.instant();
		return this.links.findByAccountIdOrderByCreatedAtDescIdDesc(owner.value(), PageRequest.of(page, size))
			.map(link -> summary(link, zone, now));
	}

	/** One of the owner's links. */
	@Transactional(readOnly = true)
	ShareSummary find(AccountId owner, long id) {
		return summary(load(owner, id), this.accounts.zoneOf(owner), this.clock.instant());
	}

	/** Revokes one of the owner's links at once; a revoked link stays revoked. */
	@Transactional
	void revoke(AccountId owner, long id) {
		load(owner, id).revoke(this.clock.instant());
	}

	/** The access log of one of the owner's links, newest first. */
	@Transactional(readOnly = true)
	List<Access> accesses(AccountId owner, long id) {
		ShareLink link = load(owner, id);
		ZoneId zone = this.accounts.zoneOf(owner);
		return this.accesses.findByAccountIdAndShareIdOrderByAccessedAtDescIdDesc(owner.value(), link.id())
			.stream()
			.map(access -> new Access(at(access.accessedAt(), zone), access.what()))
			.toList();
	}

	/** The owner's newest links with their access logs, for the export page (one query each). */
	@Transactional(readOnly = true)
	List<ShareWithLog> recent(AccountId owner, int size) {
		ZoneId zone = this.accounts.zoneOf(owner);
		Instant now = this.clock.instant();
		List<ShareLink> found = this.links
			.findByAccountIdOrderByCreatedAtDescIdDesc(owner.value(), PageRequest.of(0, size))
			.getContent();
		Map<Long, List<Access>> logs = new LinkedHashMap<>();
		found.forEach(link -> logs.put(link.id(), new ArrayList<>()));
		if (!found.isEmpty()) {
			this.accesses.findByAccountIdAndShareIdInOrderByAccessedAtDescIdDesc(owner.value(), logs.keySet())
				.forEach(access -> logs.get(access.shareId()).add(new Access(at(access.accessedAt(), zone),
						access.what())));
		}
		return found.stream().map(link -> new ShareWithLog(summary(link, zone, now), logs.get(link.id()))).toList();
	}

	/**
	 * Opens a link by its token and logs the access. The hourly limits are exact under concurrency and across app
	 * nodes: the link's row is locked ({@code SELECT ... FOR UPDATE}) while its recent openings are counted and this
	 * one is logged, so concurrent openings of one link queue for that moment and never both take the last one.
	 * Besides {@code maxOpensPerHour} for the link, one client (address) may use at most
	 * {@code maxOpensPerClientPerHour} of them, so one holder of the link cannot use up every opening.
	 * @param client the client's address; only its SHA-256 is stored
	 * @throws ShareUnavailableException not found for an unknown or revoked token, gone for an expired one
	 * @throws ShareRateLimitedException when the link or this client has used up its openings for the hour
	 */
	@Transactional
	OpenedShare open(String token, AccessKind what, String client) {
		if (!ShareTokens.wellFormed(token)) {
			throw new ShareUnavailableException(false);
		}
		ShareLink link = this.links.findForUpdateByTokenHash(ShareTokens.hash(token))
			.orElseThrow(() -> new ShareUnavailableException(false));
		Instant now = this.clock.instant();
		switch (link.statusAt(now)) {
			case REVOKED -> throw new ShareUnavailableException(false);
			case EXPIRED -> throw new ShareUnavailableException(true);
			case ACTIVE -> {
				// a link is public: without a limit, anyone holding it could make the server render PDFs nonstop
				Instant hourAgo = now.minus(Duration.ofHours(1));
				String clientKey = ShareTokens.hash(client);
				long lastHour = this.accesses.countByAccountIdAndShareIdAndAccessedAtAfter(link.owner().value(),
						link.id(), hourAgo);
				if (lastHour >= this.maxOpensPerHour || this.accesses.countByAccountIdAndShareIdAndClientKeyAndAccessedAtAfter(
						link.owner().value(), link.id(), clientKey, hourAgo) >= this.maxOpensPerClientPerHour) {
					throw new ShareRateLimitedException();
				}
				this.accesses.save(new ShareAccess(link, what, now, clientKey));
			}
		}
		return new OpenedShare(link.owner(), link.range(), at(link.expiresAt(), this.accounts.zoneOf(link.owner())));
	}

	private ShareLink load(AccountId owner, long id) {
		return this.links.findByIdAndAccountId(id, owner.value())
			.orElseThrow(() -> new ResourceNotFoundException("share link", id));
	}

	private static ShareSummary summary(ShareLink link, ZoneId zone, Instant now) {
		Instant revoked = link.revokedAt();
		return new ShareSummary(link.id(), link.range().from(), link.range().to(), at(link.createdAt(), zone),
				at(link.expiresAt(), zone), (revoked != null) ? at(revoked, zone) : null, link.statusAt(now));
	}

	private static OffsetDateTime at(Instant instant, ZoneId zone) {
		return instant.atZone(zone).toOffsetDateTime();
	}

	/**
	 * A link just made: the only time its token is known.
	 *
	 * @param id the link's id
	 * @param token the secret part of its URL
	 * @param expiresAt when it stops opening, in the owner's zone
	 * @param range the nights it shows
	 */
	record CreatedShare(long id, String token, OffsetDateTime expiresAt, ExportRange range) {
	}

	/**
	 * A link as its owner sees it (never the token).
	 *
	 * @param id the link's id
	 * @param from the first night it shows
	 * @param to the last night it shows
	 * @param createdAt when it was made
	 * @param expiresAt when it stops opening
	 * @param revokedAt when it was revoked, if it was
	 * @param status active, expired or revoked, now
	 */
	record ShareSummary(long id, LocalDate from, LocalDate to, OffsetDateTime createdAt, OffsetDateTime expiresAt,
			@Nullable OffsetDateTime revokedAt, ShareStatus status) {
	}

	/**
	 * One entry of the access log.
	 *
	 * @param at when, in the owner's zone
	 * @param what what was opened
	 */
	record Access(OffsetDateTime at, AccessKind what) {
	}

	/** A link and its access log, newest access first. */
	record ShareWithLog(ShareSummary link, List<Access> accesses) {
	}

	/**
	 * A link that opened: whose data and which nights.
	 *
	 * @param owner the patient
	 * @param range the shared nights; nothing outside them is shown
	 * @param expiresAt when the link stops opening
	 */
	record OpenedShare(AccountId owner, ExportRange range, OffsetDateTime expiresAt) {
	}

}
