package org.crampwise.advice;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.crampwise.account.AccountId;
import org.crampwise.account.Accounts;
import org.crampwise.account.Registration;
import org.crampwise.support.SharedPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Advice cost against history length, on a real PostgreSQL with the production profile: one user with 1 year of
 * nightly check-ins and episodes, one with 10 years, the same 14-night window. Prints timings; asserts only what is
 * deterministic: both evaluations run the same statements and load the same number of rows, so cost follows the
 * window, not the history.
 * <p>
 * Not part of {@code ./mvnw verify}. Run it with {@code ./mvnw test -Pbenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@ActiveProfiles("postgres")
class AdviceBenchmark {

	private static final int WARM_UP = 100;

	private static final int RUNS = 500;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		String database = SharedPostgres.newDatabase();
		registry.add("CRAMPWISE_DB_URL", () -> SharedPostgres.jdbcUrl(database));
		registry.add("CRAMPWISE_DB_USERNAME", () -> "postgres");
		registry.add("CRAMPWISE_DB_PASSWORD", () -> "postgres");
	}

	@Autowired
	Accounts accounts;

	@Autowired
	AdviceService advice;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void adviceCostFollowsTheWindowNotTheHistory() {
		LocalDate asOf = LocalDate.now(ZoneOffset.UTC);
		AccountId oneYear = seed("one-year", asOf, 365);
		AccountId tenYears = seed("ten-years", asOf, 3650);
		this.jdbc.execute("ANALYZE");

		for (int i = 0; i < WARM_UP; i++) {
			this.advice.advise(oneYear, asOf, Locale.ENGLISH);
			this.advice.advise(tenYears, asOf, Locale.ENGLISH);
		}
		Measurement shortHistory = measure(oneYear, asOf);
		Measurement longHistory = measure(tenYears, asOf);

		System.out.printf("%nAdvice benchmark on PostgreSQL, %d runs each after %d warm-up rounds, 14-night window%n",
				RUNS, WARM_UP);
		System.out.println("history   rows in history  median ms  p95 ms  statements/call  rows loaded/call");
		System.out.println(shortHistory.line("1 year", rows(oneYear)));
		System.out.println(longHistory.line("10 years", rows(tenYears)));

		assertThat(longHistory.statementsPerCall()).isEqualTo(shortHistory.statementsPerCall());
		assertThat(longHistory.rowsPerCall()).isEqualTo(shortHistory.rowsPerCall());
	}

	private Measurement measure(AccountId owner, LocalDate asOf) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		long[] nanos = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			AdviceReport report = this.advice.advise(owner, asOf, Locale.ENGLISH);
			nanos[i] = System.nanoTime() - start;
			assertThat(report.recommendations()).isNotEmpty();
		}
		Arrays.sort(nanos);
		return new Measurement(nanos[RUNS / 2] / 1e6, nanos[(int) (RUNS * 0.95)] / 1e6,
				(double) statistics.getPrepareStatementCount() / RUNS,
				(double) statistics.getEntityLoadCount() / RUNS);
	}

	private long rows(AccountId owner) {
		Long checkIns = this.jdbc.queryForObject("SELECT count(*) FROM checkins WHERE account_id = ?", Long.class,
				owner.value());
		Long episodes = this.jdbc.queryForObject("SELECT count(*) FROM cramp_episodes WHERE account_id = ?",
				Long.class, owner.value());
		return checkIns + episodes;
	}

	/** A check-in every night and a cramp on about every other night, ending last night. */
	private AccountId seed(String name, LocalDate asOf, int nights) {
		AccountId owner = this.accounts.register(Registration.patient(name, "correct-horse-battery", "UTC")).id();
		List<Object[]> checkIns = new ArrayList<>();
		List<Object[]> episodes = new ArrayList<>();
		Timestamp now = Timestamp.from(Instant.now());
		for (int i = 1; i <= nights; i++) {
			LocalDate night = asOf.minusDays(i);
			// seeded by how many nights ago: both users have the very same recent nights
			Random random = new Random(i);
			int drinks = random.nextInt(4);
			checkIns.add(new Object[] { owner.value(), Date.valueOf(night), 1000 + random.nextInt(1500), drinks,
					drinks > 0 ? 0.5 + random.nextInt(6) : null, 2.0 + random.nextInt(8), 2.0 + random.nextInt(8),
					random.nextBoolean(), random.nextBoolean() });
			if (random.nextBoolean()) {
				Instant start = night.atTime(23, 30).toInstant(ZoneOffset.UTC);
				episodes.add(new Object[] { owner.value(), Timestamp.from(start), Date.valueOf(night),
						30 + random.nextInt(300), random.nextInt(11), now, now });
			}
		}
		this.jdbc.batchUpdate("INSERT INTO checkins (account_id, night_of, water_ml, alcohol_drinks, "
				+ "hours_from_last_drink_to_bed, standing_hours, sitting_hours, stretched_before_bed, tight_bedding) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", checkIns);
		this.jdbc.batchUpdate("INSERT INTO cramp_episodes (account_id, started_at, start_offset_seconds, night_of, "
				+ "daytime, duration_seconds, intensity, muscle, side, woke_from_sleep, reliefs_tried, warning_signs, "
				+ "created_at, updated_at) VALUES (?, ?, 0, ?, FALSE, ?, ?, 'CALF', 'LEFT', TRUE, '', '', ?, ?)",
				episodes);
		return owner;
	}

	record Measurement(double medianMillis, double p95Millis, double statementsPerCall, double rowsPerCall) {

		String line(String history, long rows) {
			return String.format("%-9s %15d  %9.2f  %6.2f  %15.1f  %16.1f", history, rows, this.medianMillis,
					this.p95Millis, this.statementsPerCall, this.rowsPerCall);
		}

	}

}
