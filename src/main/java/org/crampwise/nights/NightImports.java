package org.crampwise.nights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.crampwise.account.AccountId;
import org.crampwise.account.Accounts;
import org.crampwise.system.DataVersions;

/**
 * "No cramps" marks for the archive: every mark of an owner, and the marks an import brings back, stored in JDBC
 * batches inside the caller's transaction (whole or not at all). The import itself checks that a marked night has
 * no episode, as {@link NightService#markNoCramps} does.
 */
@Service
public class NightImports {

	static final int BATCH_SIZE = 500;

	private final NightMarkRepository marks;

	private final JdbcTemplate jdbc;

	private final DataVersions versions;

	private final Accounts accounts;

	private final Clock clock;

	NightImports(NightMarkRepository marks, JdbcTemplate jdbc, Accounts accounts, Clock clock, DataVersions versions) {
		this.marks = marks;
		this.jdbc = jdbc;
		this.versions = versions;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** Every night the owner marked "no cramps", newest first. */
	@Transactional(readOnly = true)
	public List<LocalDate> markedNights(AccountId owner) {
		return this.marks.findNights(owner.value(), LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31))
			.stream()
			.sorted((a, b) -> b.compareTo(a))
			.toList();
	}

	/** Marks the nights "no cramps" (none of them may have a mark already) and removes the marks of {@code unmark}. */
	@Transactional
	public void store(AccountId owner, Collection<LocalDate> mark, Collection<LocalDate> unmark) {
		this.versions.bump(owner.value()); // a JDBC batch and bulk deletes: no JPA event raises it
		OffsetDateTime now = this.clock.instant()
			.atZone(this.accounts.zoneOf(owner))
			.toOffsetDateTime()
			.truncatedTo(ChronoUnit.SECONDS);
		if (!mark.isEmpty()) {
			this.jdbc.batchUpdate("INSERT INTO night_marks (account_id, night_of, marked_at) VALUES (?, ?, ?)",
					List.copyOf(mark), BATCH_SIZE, (statement, night) -> {
						statement.setLong(1, owner.value());
						statement.setObject(2, night);
						statement.setObject(3, now);
					});
		}
		unmark.forEach(night -> this.marks.deleteMark(owner.value(), night));
	}

}
