package org.crampwise.advice;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/advice} over real HTTP with data logged through the API: a week of alcohol close to bed with
 * cramps on three of those nights puts hydration first, with the user's own numbers in its reason.
 */
@IntegrationTest
class AdviceApiIntegrationTests {

	private static final AtomicInteger USERS = new AtomicInteger();

	private static final String PASSWORD = "correct-horse-battery";

	@Autowired
	RestTestClient client;

	@Test
	void aWeekOfLateDrinksWithCrampsPutsHydrationFirstWithTheUsersNumbers() {
		String user = register();
		LocalDate asOf = LocalDate.now(ZoneOffset.UTC);
		for (int nightsAgo = 1; nightsAgo <= 10; nightsAgo++) {
			LocalDate night = asOf.minusDays(nightsAgo);
			put(user, "/api/v1/checkins/" + night, "{\"waterMl\":2000,"
					+ (nightsAgo <= 7 ? "\"alcoholDrinks\":2,\"hoursFromLastDrinkToBed\":1," : "\"alcoholDrinks\":0,")
					+ "\"stretchedBeforeBed\":true,\"tightBedding\":false,\"potassiumFoodServings\":3}");
			if (nightsAgo > 3) {
				this.client.put()
					.uri("/api/v1/nights/" + night + "/no-cramps")
					.headers(h -> h.setBasicAuth(user, PASSWORD))
					.exchange()
					.expectStatus()
					.isOk();
			}
			if (nightsAgo <= 3) {
				post(user, "/api/v1/episodes", "{\"startedAt\":\"" + night + "T23:30:00Z\","
						+ "\"durationSeconds\":120,\"intensity\":6,\"muscle\":\"CALF\",\"side\":\"LEFT\",\"wokeFromSleep\":true}");
			}
		}

		this.client.get()
			.uri("/api/v1/advice?asOf=" + asOf)
			.headers(h -> h.setBasicAuth(user, PASSWORD))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.asOf")
			.isEqualTo(asOf.toString())
			.jsonPath("$.windowDays")
			.isEqualTo(14)
			.jsonPath("$.recommendations[0].remedy")
			.isEqualTo("STAY_HYDRATED")
			.jsonPath("$.recommendations[0].rank")
			.isEqualTo(1)
			.jsonPath("$.recommendations[0].evidence")
			.isEqualTo("LIMITED")
			.jsonPath("$.recommendations[0].reasons")
			.value(List.class, reasons -> assertThat(reasons).anySatisfy(reason -> assertThat((String) reason)
				.isEqualTo("You had alcohol within 2 hours of bed on 7 of the last 14 nights; "
						+ "3 of those nights had cramps; your other nights: 0 of 3 had cramps.")))
			.jsonPath("$.explanations")
			.doesNotExist();
	}

	@Test
	void explainTrueAddsEveryRulesOutcome() {
		String user = register();
		this.client.get()
			.uri("/api/v1/advice?explain=true")
			.headers(h -> h.setBasicAuth(user, PASSWORD))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.explanations[?(@.rule == 'alcohol-near-bedtime')].fired")
			.value(List.class, fired -> assertThat(fired).containsExactly(false))
			.jsonPath("$.recommendations[*].remedy")
			.value(List.class, remedies -> assertThat(remedies).containsExactly("STRETCH_BEFORE_BED",
					"STRETCH_DURING_CRAMP"));
	}

	@Test
	void oneUsersLogNeverShapesAnothersAdvice() {
		String drinker = register();
		String other = register();
		LocalDate night = LocalDate.now(ZoneOffset.UTC).minusDays(1);
		put(drinker, "/api/v1/checkins/" + night, "{\"alcoholDrinks\":5,\"hoursFromLastDrinkToBed\":0.5}");
		put(drinker, "/api/v1/checkins/" + night.minusDays(1), "{\"alcoholDrinks\":5,\"hoursFromLastDrinkToBed\":0.5}");

		this.client.get()
			.uri("/api/v1/advice")
			.headers(h -> h.setBasicAuth(other, PASSWORD))
			.exchange()
			.expectBody()
			.jsonPath("$.recommendations[*].remedy")
			.value(List.class, remedies -> assertThat(remedies).doesNotContain("STAY_HYDRATED"));
	}

	@Test
	void aBadAsOfIsA400NamingIt() {
		String user = register();
		this.client.get()
			.uri("/api/v1/advice?asOf=yesterday")
			.headers(h -> h.setBasicAuth(user, PASSWORD))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("asOf");
		this.client.get()
			.uri("/api/v1/advice?asOf=2999-01-01")
			.headers(h -> h.setBasicAuth(user, PASSWORD))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("asOf");
	}

	@Test
	void adviceNeedsSignIn() {
		this.client.get().uri("/api/v1/advice").exchange().expectStatus().isUnauthorized();
	}

	private String register() {
		String name = "advice" + USERS.incrementAndGet() + "-" + System.nanoTime() % 100000;
		post(null, "/api/v1/account", "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\",\"timeZone\":\"UTC\"}");
		return name;
	}

	private void post(String user, String path, String json) {
		this.client.post()
			.uri(path)
			.headers(h -> {
				if (user != null) {
					h.setBasicAuth(user, PASSWORD);
				}
			})
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.exchange()
			.expectStatus()
			.isCreated();
	}

	private void put(String user, String path, String json) {
		this.client.put()
			.uri(path)
			.headers(h -> h.setBasicAuth(user, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.exchange()
			.expectStatus()
			.value(status -> assertThat(status).isIn(200, 201));
	}


}
