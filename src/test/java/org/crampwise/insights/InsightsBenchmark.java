package org.crampwise.insights;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.crampwise.account.AccountId;
import org.crampwise.advice.AdviceSettings;
import org.crampwise.nights.NightService;
import org.crampwise.nights.PatientNights;
import org.crampwise.support.ApiUser;
import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The latency of {@code GET /api/v1/insights} for 1 and for 3 years of history, over real HTTP with the session
 * cookie (as the page calls it; HTTP Basic would time the password hash instead). Each user has a check-in every
 * night, a cramp on about a third of the nights and "no cramps" on half the rest, written straight into the tables.
 * The two users' requests alternate (after a warm-up of both), so a JIT still warming or a neighbour's build weighs
 * on both figures alike. Also prints, per call, the SQL statements Hibernate prepared (the same for 1 and 3 years:
 * no query per night) and the in-process split between reading the nights and the engine. Prints medians; asserts
 * nothing about time. Not part of {@code ./mvnw verify}: run {@code ./mvnw test -Pbenchmark -Dtest=InsightsBenchmark}.
 */
@Tag("benchmark")
@IntegrationTest
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class InsightsBenchmark {

	private static final int WARM_UP = 20;

	private static final int RUNS = 60;

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	NightService nights;

	@Autowired
	AdviceSettings advice;

	@Autowired
	InsightsSettings settings;

	@LocalServerPort
	int port;

	private final List<Long> accounts = new ArrayList<>();

	@Test
	void oneAndThreeYears() throws Exception {
		LocalDate last = ApiUser.tonight().minusDays(1);
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		// statistics cost time per entity loaded: on only while counting statements
		statistics.setStatisticsEnabled(false);
		HttpClient oneClient = user(365, last);
		HttpRequest oneYear = request(last.minusDays(364), last);
		HttpClient threeClient = user(1096, last);
		HttpRequest threeYears = request(last.minusDays(1095), last);
		for (int i = 0; i < WARM_UP; i++) {
			time(oneClient, oneYear);
			time(threeClient, threeYears);
		}
		double[] one = new double[RUNS];
		double[] three = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			one[i] = time(oneClient, oneYear);
			three[i] = time(threeClient, threeYears);
		}
		double m1 = median(one);
		double m3 = median(three);
		System.out.printf("insights benchmark: median 1 year %.1f ms, 3 years %.1f ms, ratio %.2f%n", m1, m3, m3 / m1);
		statistics.setStatisticsEnabled(true);
		for (HttpClient http : List.of(oneClient, threeClient)) {
			statistics.clear();
			time(http, (http == oneClient) ? oneYear : threeYears);
			System.out.printf("insights benchmark: %s: %d SQL statements per call%n",
					(http == oneClient) ? "1 year" : "3 years", statistics.getPrepareStatementCount());
		}
		statistics.setStatisticsEnabled(false);
		InsightsEngine engine = new InsightsEngine(this.advice.factors(), this.settings);
		double[][] read = new double[2][RUNS];
		double[][] compute = new double[2][RUNS];
		for (int i = 0; i < WARM_UP + RUNS; i++) {
			for (int k = 0; k < 2; k++) {
				long start = System.nanoTime();
				PatientNights patient = this.nights.range(new AccountId(this.accounts.get(k)),
						last.minusDays((k == 0) ? 364 : 1095), last);
				long loaded = System.nanoTime();
				engine.compute(patient);
				long done = System.nanoTime();
				if (i >= WARM_UP) {
					read[k][i - WARM_UP] = (loaded - start) / 1e6;
					compute[k][i - WARM_UP] = (done - loaded) / 1e6;
				}
			}
		}
		for (int k = 0; k < 2; k++) {
			System.out.printf("insights benchmark: %s in process: read %.1f ms, engine %.2f ms (medians)%n",
					(k == 0) ? "1 year" : "3 years", median(read[k]), median(compute[k]));
		}
		assertThat(m1).isPositive();
	}

	private HttpClient user(int nights, LocalDate last) throws Exception {
		ApiUser user = ApiUser.register(this.client, "bench");
		long id = this.jdbc.queryForObject("select id from accounts where username = ?", Long.class, user.username());
		this.accounts.add(id);
		Random random = new Random(20261206L + nights);
		List<Object[]> checkIns = new ArrayList<>();
		List<Object[]> episodes = new ArrayList<>();
		List<Object[]> marks = new ArrayList<>();
		Timestamp now = Timestamp.from(java.time.Instant.now());
		for (int i = 0; i < nights; i++) {
			LocalDate night = last.minusDays(i);
			checkIns.add(new Object[] { id, Date.valueOf(night), random.nextBoolean() ? 1000 : 2000,
					random.nextInt(3), 1.0, 4.0, 4.0, random.nextBoolean(), random.nextBoolean(), random.nextInt(4),
					random.nextBoolean(), random.nextBoolean() });
			double draw = random.nextDouble();
			if (draw < 0.33) {
				OffsetDateTime start = night.atTime(23, 30).atOffset(ZoneOffset.UTC);
				episodes.add(new Object[] { id, Timestamp.from(start.toInstant()), Date.valueOf(night), 90 + i % 300,
						1 + i % 10, now, now });
			}
			else if (draw < 0.66) {
				marks.add(new Object[] { id, Date.valueOf(night), now });
			}
		}
		this.jdbc.batchUpdate("insert into checkins (account_id, night_of, water_ml, alcohol_drinks, "
				+ "hours_from_last_drink_to_bed, standing_hours, sitting_hours, stretched_before_bed, "
				+ "warm_bath_before_bed, potassium_food_servings, magnesium_supplement, tight_bedding) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", checkIns);
		this.jdbc.batchUpdate("insert into cramp_episodes (account_id, started_at, start_offset_seconds, night_of, "
				+ "daytime, duration_seconds, intensity, muscle, side, woke_from_sleep, reliefs_tried, warning_signs, "
				+ "created_at, updated_at) values (?, ?, 0, ?, false, ?, ?, 'CALF', 'LEFT', true, '', '', ?, ?)",
				episodes);
		this.jdbc.batchUpdate("insert into night_marks (account_id, night_of, marked_at) values (?, ?, ?)", marks);
		return signedIn(user.username());
	}

	/** A client holding a session cookie, signed in through the login form. */
	private HttpClient signedIn(String username) throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String page = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
		assertThat(csrf.find()).as("the login form's CSRF token").isTrue();
		String form = "username=" + username + "&password=" + ApiUser.PASSWORD + "&_csrf=" + csrf.group(1);
		http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		return http;
	}

	private HttpRequest request(LocalDate from, LocalDate to) {
		return HttpRequest.newBuilder(uri("/api/v1/insights?from=" + from + "&to=" + to)).build();
	}

	/** One call's latency in ms; the call must answer 200. */
	private static double time(HttpClient http, HttpRequest request) throws Exception {
		long start = System.nanoTime();
		int status = http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
		double ms = (System.nanoTime() - start) / 1e6;
		assertThat(status).isEqualTo(200);
		return ms;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
