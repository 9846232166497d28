package org.crampwise.episode;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.crampwise.account.AccountId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The episode tables, mapping and queries, run once on H2 ({@link EpisodeRepositoryTests}) and once on PostgreSQL
 * ({@link EpisodeRepositoryPostgresTests}) with the same Flyway migrations; both also print and check the query
 * plans of the diary's queries.
 * <p>
 * {@code @Transactional} is repeated here on purpose: Spring looks for it on the class that declares a test
 * method, and these methods are declared here, not in the {@code @DataJpaTest} subclasses. Without it every test
 * would commit its rows.
 */
@Transactional
abstract class EpisodeRepositoryContract {

	static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");

	static final String INDEX = "ix_cramp_episodes_account_night";

	@Autowired
	EpisodeRepository episodes;

	@Autowired
	EpisodeTimerRepository timers;

	@Autowired
	TestEntityManager entityManager;

	@Autowired
	DataSource dataSource;

	JdbcTemplate jdbc;

	AccountId alice;

	AccountId bob;

	/** The database's plan for a query, one line per row of its EXPLAIN output. */
	abstract String plan(String sql);

	/** The database's name, for the printed plans. */
	abstract String database();

	@BeforeEach
	void accounts() {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.alice = account("alice");
		this.bob = account("bob");
	}

	@Test
	void storesAnEpisodeAndReadsItBackWithItsOffsetCodesAndDerivedFields() {
		EpisodeValues values = EpisodeRules.check(Drafts.valid()
			.startedAt("2026-11-20T02:14:07+09:00")
			.reliefsTried(Relief.WALK_IT_OFF, Relief.STRETCH_DURING_CRAMP)
			.helpedMost(Relief.WALK_IT_OFF)
			.warningSigns(WarningSign.NUMBNESS_OR_TINGLING, WarningSign.CALF_SWELLING_OR_REDNESS)
			.build(), NOW);
		long id = this.episodes.save(CrampEpisode.logged(this.alice, values, NOW)).toEpisode().id();
		this.entityManager.flush();
		this.entityManager.clear();

		Episode found = this.episodes.findByIdAndAccountId(id, this.alice.value()).orElseThrow().toEpisode();

		assertThat(found.startedAt()).isEqualTo(OffsetDateTime.parse("2026-11-20T02:14:07+09:00"));
		assertThat(found.startedAt().getOffset()).isEqualTo(ZoneOffset.ofHours(9));
		assertThat(found.nightOf()).isEqualTo(LocalDate.of(2026, 11, 19));
		assertThat(found.reliefsTried()).containsExactlyInAnyOrder(Relief.WALK_IT_OFF, Relief.STRETCH_DURING_CRAMP);
		assertThat(found.helpedMost()).isEqualTo(Relief.WALK_IT_OFF);
		assertThat(found.warningSigns()).containsExactlyInAnyOrder(WarningSign.NUMBNESS_OR_TINGLING,
				WarningSign.CALF_SWELLING_OR_REDNESS);
		assertThat(found.notGiven()).isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT reliefs_tried FROM cramp_episodes WHERE id = ?", String.class, id))
			.isEqualTo("STRETCH_DURING_CRAMP,WALK_IT_OFF");
		assertThat(this.episodes.findByIdAndAccountId(id, this.bob.value())).isEmpty();
	}

	@Test
	void aTimedEpisodeKeepsItsMissingDetailsMissing() {
		long id = this.episodes
			.save(CrampEpisode.timed(this.alice, OffsetDateTime.parse("2026-11-20T03:00:00+01:00"), 75, NOW))
			.toEpisode()
			.id();
		this.entityManager.flush();
		this.entityManager.clear();

		Episode found = this.episodes.findByIdAndAccountId(id, this.alice.value()).orElseThrow().toEpisode();

		assertThat(found.notGiven()).containsExactlyInAnyOrder(EpisodeDetail.values());
		assertThat(found.reliefsTried()).isEmpty();
		assertThat(found.warningSigns()).isEmpty();
		assertThat(found.durationSeconds()).isEqualTo(75);
	}

	@Test
	void nightsComeNewestFirstWithinTheRangeAndOnlyTheOwners() {
		long early = save(this.alice, "2026-11-20T01:00:00+01:00");
		long late = save(this.alice, "2026-11-20T04:00:00+01:00");
		long evening = save(this.alice, "2026-11-19T23:00:00+01:00");
		long nextNight = save(this.alice, "2026-11-21T02:00:00+01:00");
		long before = save(this.alice, "2026-11-18T02:00:00+01:00");
		save(this.bob, "2026-11-20T02:00:00+01:00");
		this.entityManager.flush();

		List<Long> ids = this.episodes
			.findNights(this.alice.value(), LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 20))
			.stream()
			.map(episode -> episode.toEpisode().id())
			.toList();

		assertThat(ids).containsExactly(nextNight, late, early, evening);
		assertThat(ids).doesNotContain(before);
	}

	@Test
	void pagesCountOnlyTheOwnersEpisodesInTheRange() {
		for (int day = 1; day <= 7; day++) {
			save(this.alice, "2026-11-%02dT02:00:00+01:00".formatted(day));
			save(this.bob, "2026-11-%02dT02:00:00+01:00".formatted(day));
		}
		this.entityManager.flush();

		Page<CrampEpisode> page = this.episodes.findNights(this.alice.value(), LocalDate.of(2026, 10, 31),
				LocalDate.of(2026, 11, 5), PageRequest.of(1, 4));

		assertThat(page.getTotalElements()).isEqualTo(6);
		assertThat(page.getContent()).extracting(episode -> episode.toEpisode().nightOf())
			.containsExactly(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 10, 31));
	}

	@Test
	void theTimerIsOnePerUserAndDeletingItSaysWhetherThereWasOne() {
		this.timers.saveAndFlush(new EpisodeTimer(this.alice, OffsetDateTime.parse("2026-11-20T02:14:00+01:00")));
		this.entityManager.clear();

		assertThat(this.timers.findById(this.alice.value()).orElseThrow().startedAt())
			.isEqualTo(OffsetDateTime.parse("2026-11-20T02:14:00+01:00"));
		assertThatThrownBy(() -> this.timers
			.saveAndFlush(new EpisodeTimer(this.alice, OffsetDateTime.parse("2026-11-20T02:15:00+01:00"))))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void deletingTheTimerSaysWhetherThereWasOne() {
		this.timers.saveAndFlush(new EpisodeTimer(this.alice, OffsetDateTime.parse("2026-11-20T02:14:00+01:00")));

		assertThat(this.timers.deleteByAccountId(this.alice.value())).isEqualTo(1);
		assertThat(this.timers.deleteByAccountId(this.alice.value())).isZero();
		assertThat(this.timers.findById(this.alice.value())).isEmpty();
	}

	@Test
	void erasingAnAccountErasesItsEpisodesAndTimer() {
		save(this.alice, "2026-11-20T02:00:00+01:00");
		save(this.bob, "2026-11-20T02:00:00+01:00");
		this.timers.saveAndFlush(new EpisodeTimer(this.alice, OffsetDateTime.parse("2026-11-20T02:14:00+01:00")));
		this.entityManager.flush();

		this.jdbc.update("DELETE FROM accounts WHERE id = ?", this.alice.value());

		assertThat(count("cramp_episodes", this.alice)).isZero();
		assertThat(count("episode_timers", this.alice)).isZero();
		assertThat(count("cramp_episodes", this.bob)).isEqualTo(1);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "intensity = 11", "intensity = -1", "duration_seconds = 0", "duration_seconds = 86401" })
	void theDatabaseRefusesOutOfRangeValuesEvenPastTheRules(String change) {
		long id = save(this.alice, "2026-11-20T02:00:00+01:00");
		this.entityManager.flush();

		assertThatThrownBy(() -> this.jdbc.update("UPDATE cramp_episodes SET " + change + " WHERE id = ?", id))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	/**
	 * 40 users with 250 nights each (10,000 rows, statistics gathered as both databases do on their own once a
	 * table has grown): the diary's queries for one user must be answered through the index, never by reading the
	 * whole table. The plans are printed to the test output. Outside the test transaction, because H2's ANALYZE
	 * commits; the rows are deleted at the end.
	 */
	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void theOwnersQueriesByNightUseTheIndex() {
		List<AccountId> owners = new ArrayList<>(List.of(this.alice, this.bob));
		try {
			for (int i = 0; i < 38; i++) {
				owners.add(account("user" + i));
			}
			this.jdbc.batchUpdate("INSERT INTO cramp_episodes (account_id, started_at, start_offset_seconds, night_of, "
					+ "daytime, duration_seconds, intensity, muscle, side, woke_from_sleep, reliefs_tried, warning_signs, "
					+ "created_at, updated_at) VALUES (?, ?, 3600, ?, FALSE, 90, 5, 'CALF', 'LEFT', TRUE, '', '', ?, ?)",
					rows(owners, 250));
			this.jdbc.execute("ANALYZE");
			long owner = this.alice.value();
			String range = "account_id = " + owner + " AND night_of BETWEEN DATE '2026-01-01' AND DATE '2026-01-31'";
			String byNight = "account_id = " + owner
					+ " AND night_of BETWEEN DATE '0001-01-01' AND DATE '9999-12-31'";
			String order = " ORDER BY night_of DESC, started_at DESC, id DESC";
			String firstPage = " OFFSET 0 ROWS FETCH FIRST 20 ROWS ONLY";

			String rangePlan = show("date range, all rows (episodesBetween)",
					"SELECT * FROM cramp_episodes WHERE " + range + order);
			String pagePlan = show("by night, newest first, first page of 20 (diary, API)",
					"SELECT * FROM cramp_episodes WHERE " + byNight + order + firstPage);
			String rangePagePlan = show("date range, first page of 20",
					"SELECT * FROM cramp_episodes WHERE " + range + order + firstPage);
			String countPlan = show("count for the page total", "SELECT count(*) FROM cramp_episodes WHERE " + range);

			assertThat(List.of(rangePlan, pagePlan, rangePagePlan, countPlan))
				.allSatisfy(plan -> assertThat(plan).containsIgnoringCase(INDEX));
			assertUsesIndexWithoutScanningTheTable(rangePlan, pagePlan, rangePagePlan, countPlan);
		}
		finally {
			owners.forEach(owner -> this.jdbc.update("DELETE FROM accounts WHERE id = ?", owner.value()));
		}
	}

	/** What the database adds to "uses the index": no full scan, and the pages need no sort. */
	abstract void assertUsesIndexWithoutScanningTheTable(String rangePlan, String pagePlan, String rangePagePlan,
			String countPlan);

	private String show(String what, String sql) {
		String plan = plan(sql);
		System.out.println("=== " + database() + " plan, " + what + ":\n" + sql + "\n" + plan);
		return plan;
	}

	private static List<Object[]> rows(List<AccountId> owners, int nights) {
		List<Object[]> rows = new ArrayList<>();
		LocalDate first = LocalDate.of(2025, 6, 1);
		for (AccountId owner : owners) {
			for (int n = 0; n < nights; n++) {
				LocalDate night = first.plusDays(n);
				OffsetDateTime start = night.plusDays(1).atTime(2, 30).atOffset(ZoneOffset.ofHours(1));
				rows.add(new Object[] { owner.value(), start, night, start, start });
			}
		}
		return rows;
	}

	long save(AccountId owner, String start) {
		EpisodeValues values = EpisodeRules.check(Drafts.valid().startedAt(start).build(), NOW);
		return this.episodes.save(CrampEpisode.logged(owner, values, NOW)).toEpisode().id();
	}

	private long count(String table, AccountId owner) {
		Long rows = this.jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE account_id = ?", Long.class,
				owner.value());
		return Objects.requireNonNull(rows);
	}

	private AccountId account(String name) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update(connection -> {
			PreparedStatement insert = connection.prepareStatement(
					"INSERT INTO accounts (username, password_hash, time_zone, created_at) VALUES (?, ?, ?, ?)",
					new String[] { "id" });
			insert.setString(1, name);
			insert.setString(2, "{noop}x");
			insert.setString(3, "Europe/Paris");
			insert.setObject(4, NOW.atOffset(ZoneOffset.UTC));
			return insert;
		}, key);
		return new AccountId(Objects.requireNonNull(key.getKey()).longValue());
	}

}
