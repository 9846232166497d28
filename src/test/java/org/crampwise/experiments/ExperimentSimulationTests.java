package org.crampwise.experiments;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import org.crampwise.account.AccountId;
import org.crampwise.advice.Remedy;
import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole experiments of many simulated users run through {@link ExperimentService} with a settable clock: every
 * experiment is started by the service (which draws and stores its order), its nights are written into the real
 * tables (check-ins, episodes, "no cramps" marks; in JDBC batches, the one shortcut), the clock moves past the last planned night, and the service reads, analyses, extends once or finishes.
 * The extension's nights are written only after the service has extended, from the blocks it then shows.
 * Seeds are printed, with each run's wall and CPU time (docs/experiments.md).
 */
@IntegrationTest
@Import(MutableClockConfiguration.class)
class ExperimentSimulationTests {

	/** 20:00 UTC on 2027-01-04: tonight is the night of 2027-01-04. */
	static final Instant START = Instant.parse("2027-01-04T20:00:00Z");

	/** Users of the no-effect run (at least 1,000 by the issue; a property lowers it for a quick look). */
	static final int USERS = Integer.getInteger("experiments.users", 1000);

	/** Users of the strong-effect run: 1,000 put the share within about 1.5 points (binomial). */
	static final int STRONG_USERS = Integer.getInteger("experiments.strong-users", 1000);

	@Autowired
	ExperimentService service;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void withNoRealEffectAtMostSixPercentOfAThousandUsersAreToldItHelped() {
		long seed = 20261202L;
		Map<ExperimentVerdict, Integer> verdicts = simulate("none", USERS, seed, 1.0, 0.5, 0.2, 1 / 3.0);
		double helped = verdicts.getOrDefault(ExperimentVerdict.HELPED, 0) / (double) USERS;
		System.out.printf("experiments simulation (seed %d): no effect, rate 0.5, 6 x 7 nights, %d users: %s,"
				+ " HELPED %.1f%% (method's table: 4.2%%)%n", seed, USERS, verdicts, helped * 100);
		assertThat(helped).isLessThanOrEqualTo(0.06);
	}

	@Test
	void withAStrongEffectAtLeastSeventyPercentAreToldItHelped() {
		int users = STRONG_USERS;
		long seed = 5_0602L;
		// 0.6 usual against 0.2 remedy: a risk ratio of 1/3
		Map<ExperimentVerdict, Integer> verdicts = simulate("strong", users, seed, 0.2 / 0.6, 0.6, 0.2, 0.0);
		double helped = verdicts.getOrDefault(ExperimentVerdict.HELPED, 0) / (double) users;
		System.out.printf("experiments simulation (seed %d): 0.6 usual vs 0.2 remedy, 6 x 7 nights, %d users: %s,"
				+ " HELPED %.1f%%%n", seed, users, verdicts, helped * 100);
		assertThat(helped).isGreaterThanOrEqualTo(0.70);
	}

	/** Runs whole experiments of {@code users} simulated users; answers the verdicts counted. */
	private Map<ExperimentVerdict, Integer> simulate(String name, int users, long seed, double riskRatio,
			double baseline, double clustering, double season) {
		Random random = new Random(seed);
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		long t0 = System.nanoTime();
		long cpu0 = cpu.getCurrentThreadCpuTime();
		Instant start = START.plusSeconds(random.nextInt(300) * 86_400L);
		this.clock.set(start);
		long first = insertAccounts(name + seed + "-", users);
		List<Simulated> simulated = new ArrayList<>();
		for (int i = 0; i < users; i++) {
			AccountId owner = new AccountId(first + i);
			ExperimentView view = this.service.start(owner,
					new StartRequest(Remedy.STRETCH_BEFORE_BED, false, 6, null));
			simulated.add(new Simulated(owner, view.id(),
					new SimulatedPatient(random, baseline, riskRatio, clustering, season, 0.95, 0.95), view));
		}
		long t1 = System.nanoTime();
		long cpu1 = cpu.getCurrentThreadCpuTime();
		writeNights(simulated, 0);
		long t2 = System.nanoTime();

		// the planned pairs are over: the service finishes or extends each one
		this.clock.set(eveningAfter(simulated.get(0).view().endsOn()));
		Map<ExperimentVerdict, Integer> verdicts = new EnumMap<>(ExperimentVerdict.class);
		List<Simulated> extended = new ArrayList<>();
		for (Simulated user : simulated) {
			ExperimentView view = this.service.experiment(user.owner(), user.id());
			if (view.status() == ExperimentStatus.FINISHED) {
				verdicts.merge(view.result().verdict(), 1, Integer::sum);
			}
			else {
				assertThat(view.extended()).isTrue();
				assertThat(view.blocks()).hasSize(2 * (6 + TestedRemedy.EXTENSION_PAIRS));
				extended.add(new Simulated(user.owner(), user.id(), user.patient(), view));
			}
		}
		if (!extended.isEmpty()) {
			writeNights(extended, 12);
			this.clock.set(eveningAfter(extended.get(0).view().endsOn()));
			for (Simulated user : extended) {
				ExperimentView view = this.service.experiment(user.owner(), user.id());
				assertThat(view.status()).isEqualTo(ExperimentStatus.FINISHED);
				verdicts.merge(view.result().verdict(), 1, Integer::sum);
			}
		}
		// wall time moves with the machine's load; the test thread's CPU time much less
		System.out.printf("  %s: %d users started in %d ms (CPU %d ms), nights written in %d ms, the rest (reads,"
				+ " extensions, results) %d ms; CPU in all %d ms%n", name, users, (t1 - t0) / 1_000_000,
				(cpu1 - cpu0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000,
				(cpu.getCurrentThreadCpuTime() - cpu0) / 1_000_000);
		System.out.printf("  %s: %d of %d took the extension%n", name, extended.size(), users);
		return verdicts;
	}

	/** Writes the nights of every block from {@code fromBlock} (0-based), as the user would have logged them. */
	private void writeNights(List<Simulated> users, int fromBlock) {
		List<Object[]> checkIns = new ArrayList<>();
		List<Object[]> episodes = new ArrayList<>();
		List<Object[]> marks = new ArrayList<>();
		OffsetDateTime now = this.clock.instant().atOffset(ZoneOffset.UTC);
		for (Simulated user : users) {
			List<ExperimentView.BlockView> blocks = user.view().blocks();
			for (int b = fromBlock; b < blocks.size(); b++) {
				ExperimentView.BlockView block = blocks.get(b);
				for (LocalDate night = block.from(); !night.isAfter(block.to()); night = night.plusDays(1)) {
					SimulatedPatient.Night simulated = user.patient()
						.night((int) night.toEpochDay(), block.arm() == Arm.REMEDY);
					checkIns.add(new Object[] { user.owner().value(), night, simulated.done() });
					if (Boolean.TRUE.equals(simulated.outcome())) {
						OffsetDateTime at = night.plusDays(1).atTime(2, 0).atOffset(ZoneOffset.UTC);
						episodes.add(new Object[] { user.owner().value(), at, night, at, at });
					}
					else if (Boolean.FALSE.equals(simulated.outcome())) {
						marks.add(new Object[] { user.owner().value(), night, now });
					}
				}
			}
		}
		this.jdbc.batchUpdate("INSERT INTO checkins (account_id, night_of, stretched_before_bed) VALUES (?, ?, ?)",
				checkIns);
		this.jdbc.batchUpdate("INSERT INTO cramp_episodes (account_id, started_at, start_offset_seconds, night_of,"
				+ " daytime, duration_seconds, intensity, muscle, side, woke_from_sleep, reliefs_tried, warning_signs,"
				+ " created_at, updated_at) VALUES (?, ?, 0, ?, FALSE, 60, 5, 'CALF', 'LEFT', TRUE, '', '', ?, ?)",
				episodes);
		this.jdbc.batchUpdate("INSERT INTO night_marks (account_id, night_of, marked_at) VALUES (?, ?, ?)", marks);
	}

	/** Inserts bare accounts (no password hashing) and answers the first id; the ids are consecutive. */
	private long insertAccounts(String prefix, int count) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(new Object[] { prefix + i });
		}
		this.jdbc.batchUpdate("INSERT INTO accounts (username, password_hash, time_zone, created_at) "
				+ "VALUES (?, '{noop}x', 'UTC', CURRENT_TIMESTAMP)", rows);
		Long first = this.jdbc.queryForObject("SELECT MIN(id) FROM accounts WHERE username LIKE ?", Long.class,
				prefix + "%");
		Long last = this.jdbc.queryForObject("SELECT MAX(id) FROM accounts WHERE username LIKE ?", Long.class,
				prefix + "%");
		assertThat(last - first).isEqualTo(count - 1);
		return first;
	}

	/** 20:00 UTC the day after the night: tonight is the night after it. */
	static Instant eveningAfter(LocalDate night) {
		return night.plusDays(1).atTime(20, 0).toInstant(ZoneOffset.UTC);
	}

	record Simulated(AccountId owner, long id, SimulatedPatient patient, ExperimentView view) {
	}

}
