package org.crampwise.insights;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import org.crampwise.account.AccountId;
import org.crampwise.advice.AdviceReport;
import org.crampwise.advice.AdviceService;
import org.crampwise.export.DiaryCsv;
import org.crampwise.support.ApiUser;
import org.crampwise.support.IntegrationTest;
import org.crampwise.system.DataVersions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read-model caches of the insights and the advice (docs/architecture.md): a cached answer is the one a fresh
 * computation gives, every kind of write through the real API makes the next answer a fresh one, and a cached answer
 * costs no query of the diary.
 */
@IntegrationTest
class ReadModelCacheIntegrationTests {

	@Autowired
	RestTestClient client;

	@Autowired
	InsightsService insights;

	@Autowired
	AdviceService advice;

	@Autowired
	DataVersions versions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	private static final LocalDate LAST = ApiUser.tonight().minusDays(1);

	@Test
	void aCachedAnswerIsTheFreshOneAndCostsNoQueryOfTheDiary() {
		ApiUser user = userWithADiary();
		AccountId owner = id(user);
		long uncached = statements(() -> this.insights.insights(owner, null, null));
		Insights cached = this.insights.insights(owner, null, null);
		assertThat(this.insights.insights(owner, null, null)).isSameAs(cached).isEqualTo(fresh(
				() -> this.insights.insights(owner, null, null)));
		assertThat(statements(() -> this.insights.insights(owner, null, null))).isLessThanOrEqualTo(1)
			.isLessThan(uncached);
		long uncachedAdvice = statements(() -> this.advice.advise(owner, null, Locale.ENGLISH));
		AdviceReport report = this.advice.advise(owner, null, Locale.ENGLISH);
		assertThat(this.advice.advise(owner, null, Locale.ENGLISH)).isSameAs(report)
			.isEqualTo(fresh(() -> this.advice.advise(owner, null, Locale.ENGLISH)));
		assertThat(statements(() -> this.advice.advise(owner, null, Locale.ENGLISH))).isLessThanOrEqualTo(1)
			.isLessThan(uncachedAdvice);
		// another language, another range, another day: each its own answer
		assertThat(this.advice.advise(owner, null, Locale.forLanguageTag("es"))).isNotSameAs(report);
		assertThat(this.insights.insights(owner, null, LAST.minusDays(1))).isNotEqualTo(cached);
		assertThat(this.advice.advise(owner, ApiUser.tonight().minusDays(1), Locale.ENGLISH)).isNotSameAs(report);
		// over HTTP, twice: word for word the same
		String body = body(user, "/api/v1/insights");
		assertThat(body(user, "/api/v1/insights")).isEqualTo(body);
	}

	@Test
	void loggingAnEpisodeInvalidates() {
		ApiUser user = userWithADiary();
		String before = body(user, "/api/v1/insights");
		assertInvalidates(user, () -> user.logEpisode(episode(LAST.minusDays(5))));
		assertThat(body(user, "/api/v1/insights")).isNotEqualTo(before);
	}

	@Test
	void correctingAnEpisodeInvalidates() {
		ApiUser user = userWithADiary();
		long id = user.logEpisode(episode(LAST.minusDays(5)));
		assertInvalidates(user, () -> user.put("/api/v1/episodes/" + id, episode(LAST.minusDays(6))));
	}

	@Test
	void deletingAnEpisodeInvalidates() {
		ApiUser user = userWithADiary();
		long id = user.logEpisode(episode(LAST.minusDays(5)));
		assertInvalidates(user, () -> send(user, this.client.delete().uri("/api/v1/episodes/" + id)));
	}

	@Test
	void savingACheckInInvalidates() {
		ApiUser user = userWithADiary();
		assertInvalidates(user, () -> user.put("/api/v1/checkins/" + LAST.minusDays(7), "{\"waterMl\":500}"));
	}

	@Test
	void deletingACheckInInvalidates() {
		ApiUser user = userWithADiary();
		assertInvalidates(user, () -> send(user, this.client.delete().uri("/api/v1/checkins/" + LAST)));
	}

	@Test
	void markingANightNoCrampsInvalidates() {
		ApiUser user = userWithADiary();
		String before = body(user, "/api/v1/insights");
		assertInvalidates(user, () -> user.markNoCramps(LAST.minusDays(8)));
		assertThat(body(user, "/api/v1/insights")).isNotEqualTo(before);
	}

	@Test
	void takingBackANoCrampsMarkInvalidates() {
		ApiUser user = userWithADiary();
		assertInvalidates(user, () -> send(user, this.client.delete().uri("/api/v1/nights/" + LAST.minusDays(2)
				+ "/no-cramps")));
		assertThat(body(user, "/api/v1/insights")).contains("\"knownNights\":2");
	}

	@Test
	void changingTheProfileInvalidates() {
		ApiUser user = userWithADiary();
		assertInvalidates(user, () -> user.put("/api/v1/profile", "{\"birthYear\":1940,\"conditions\":[\"DIABETES\"]}"));
	}

	@Test
	void addingChangingAndDeletingAMedicationInvalidate() {
		ApiUser user = userWithADiary();
		String[] id = new String[1];
		assertInvalidates(user, () -> id[0] = user.create("/api/v1/medications", "{\"name\":\"Lasix\"}")
			.replaceAll("(?s)^\\{\"id\":(\\d+),.*$", "$1"));
		assertInvalidates(user, () -> user.put("/api/v1/medications/" + id[0], "{\"name\":\"simvastatin\"}"));
		assertInvalidates(user, () -> send(user, this.client.delete().uri("/api/v1/medications/" + id[0])));
	}

	@Test
	void importingCheckInsAndNightsInvalidates() {
		ApiUser user = userWithADiary();
		String before = body(user, "/api/v1/insights");
		assertInvalidates(user, () -> importCsv(user, "checkins", String.join(",", DiaryCsv.CHECKIN_COLUMNS)
				+ "\r\n" + LAST.minusDays(9) + ",100,,,,,,,,,,\r\n"));
		assertInvalidates(user, () -> importCsv(user, "nights", String.join(",", DiaryCsv.NIGHT_COLUMNS) + "\r\n"
				+ LAST.minusDays(9) + ",true,false\r\n"));
		assertThat(body(user, "/api/v1/insights")).isNotEqualTo(before);
	}

	/**
	 * Warms both caches, checks they answer from the cache, runs the write and checks the next answers are fresh
	 * ones (the data version rose in the write's transaction).
	 */
	private void assertInvalidates(ApiUser user, Runnable write) {
		AccountId owner = id(user);
		Insights before = this.insights.insights(owner, null, null);
		assertThat(this.insights.insights(owner, null, null)).isSameAs(before);
		AdviceReport adviceBefore = this.advice.advise(owner, null, Locale.ENGLISH);
		assertThat(this.advice.advise(owner, null, Locale.ENGLISH)).isSameAs(adviceBefore);
		long version = this.versions.current(owner.value());

		write.run();

		assertThat(this.versions.current(owner.value())).isGreaterThan(version);
		Insights after = this.insights.insights(owner, null, null);
		assertThat(after).isNotSameAs(before).isEqualTo(fresh(() -> this.insights.insights(owner, null, null)));
		AdviceReport adviceAfter = this.advice.advise(owner, null, Locale.ENGLISH);
		assertThat(adviceAfter).isNotSameAs(adviceBefore)
			.isEqualTo(fresh(() -> this.advice.advise(owner, null, Locale.ENGLISH)));
	}

	/** Three known nights (two with cramps), check-ins on four. */
	private ApiUser userWithADiary() {
		ApiUser user = ApiUser.register(this.client, "readmodels");
		for (int i = 0; i < 4; i++) {
			user.put("/api/v1/checkins/" + LAST.minusDays(i), "{\"waterMl\":" + (1000 + 500 * i) + ",\"alcoholDrinks\":"
					+ (i % 2) + ",\"hoursFromLastDrinkToBed\":" + ((i % 2 == 1) ? "1" : "null") + "}");
		}
		user.logEpisode(episode(LAST));
		user.logEpisode(episode(LAST.minusDays(1)));
		user.markNoCramps(LAST.minusDays(2));
		return user;
	}

	private static String episode(LocalDate night) {
		return "{\"startedAt\":\"" + night + "T23:30:00+01:00\",\"durationSeconds\":60,\"intensity\":5,"
				+ "\"muscle\":\"CALF\",\"side\":\"LEFT\",\"helpedMost\":\"MASSAGE\",\"reliefsTried\":[\"MASSAGE\"]}";
	}

	/** The answer computed inside a read-write transaction, where the cache is neither read nor filled. */
	private <T> T fresh(Supplier<T> compute) {
		return new TransactionTemplate(this.transactions).execute(status -> compute.get());
	}

	private long statements(Runnable call) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		try {
			statistics.clear();
			call.run();
			return statistics.getPrepareStatementCount();
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

	private AccountId id(ApiUser user) {
		return new AccountId(this.jdbc.queryForObject("select id from accounts where username = ?", Long.class,
				user.username()));
	}

	private String body(ApiUser user, String path) {
		return user.get(path).exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
	}

	private static void send(ApiUser user, RestTestClient.RequestHeadersSpec<?> request) {
		request.headers(h -> h.setBasicAuth(user.username(), ApiUser.PASSWORD))
			.exchange()
			.expectStatus()
			.is2xxSuccessful()
			.expectBody(String.class)
			.returnResult();
	}

	private void importCsv(ApiUser user, String part, String csv) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		HttpHeaders headers = new HttpHeaders();
		headers.setContentDisposition(ContentDisposition.formData().name(part).filename(part + ".csv").build());
		headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
		body.add(part, new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers));
		this.client.post()
			.uri("/api/v1/import")
			.headers(h -> h.setBasicAuth(user.username(), ApiUser.PASSWORD))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult();
	}

}
