package org.crampwise.experiments;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.crampwise.account.AccountId;
import org.crampwise.advice.Remedy;
import org.crampwise.episode.EpisodeLogged;
import org.crampwise.support.ApiUser;
import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract's experiment endpoints over real HTTP (201 with Location, 409, 422 with the engine's reason, 404 for
 * another's id, field-named 400s, nothing stored on a refusal), the pause on an urgent flag through the
 * {@link EpisodeLogged} event (Spring Modulith's Scenario), and the balance of the order draw.
 */
@IntegrationTest
@EnableScenarios
@Import(MutableClockConfiguration.class)
class ExperimentApiIntegrationTests {

	/** An evening: tonight is 2027-05-10 in UTC (ApiUser's accounts live in Paris: still that night). */
	static final Instant EVENING = Instant.parse("2027-05-10T18:00:00Z");

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ExperimentService service;

	@BeforeEach
	void evening() {
		this.clock.set(EVENING);
	}

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void startAnswers201WithTheScheduleAndASecondStartIs409WithNothingStored() {
		ApiUser alice = ApiUser.register(this.client, "exp");
		var created = post(alice, "/api/v1/experiments", "{\"remedy\":\"STRETCH_BEFORE_BED\"}");
		created.expectStatus().isCreated().expectHeader().valueMatches("Location", ".*/api/v1/experiments/\\d+$")
			.expectBody()
			.jsonPath("$.status").isEqualTo("RUN_IN")
			.jsonPath("$.remedy").isEqualTo("STRETCH_BEFORE_BED")
			.jsonPath("$.blockNights").isEqualTo(7)
			.jsonPath("$.pairs").isEqualTo(6)
			.jsonPath("$.startsOn").isEqualTo("2027-05-10")
			.jsonPath("$.blocks.length()").isEqualTo(12)
			.jsonPath("$.blocks[0].from").isEqualTo("2027-05-24")
			.jsonPath("$.tonight").isEmpty()
			.jsonPath("$.result").isEmpty()
			.jsonPath("$.decision").isEmpty();
		long before = count();
		post(alice, "/api/v1/experiments", "{\"remedy\":\"APPLY_HEAT\"}").expectStatus().isEqualTo(409)
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void badInputIsAFieldNamed400AndNothingIsStored() {
		ApiUser bob = ApiUser.register(this.client, "exp");
		long before = count();
		post(bob, "/api/v1/experiments", "{\"remedy\":\"MASSAGE\"}").expectStatus().isBadRequest().expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("remedy");
		post(bob, "/api/v1/experiments", "{\"remedy\":\"NOT_A_REMEDY\"}").expectStatus().isBadRequest().expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("remedy");
		post(bob, "/api/v1/experiments", "{\"remedy\":\"STRETCH_BEFORE_BED\",\"pairs\":40}").expectStatus()
			.isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("pairs");
		post(bob, "/api/v1/experiments", "{\"remedy\":\"STRETCH_BEFORE_BED\",\"waterTargetMl\":2000}").expectStatus()
			.isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("waterTargetMl");
		post(bob, "/api/v1/experiments", "{\"remedy\":\"STAY_HYDRATED\",\"waterTargetMl\":99999}").expectStatus()
			.isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("waterTargetMl");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void magnesiumWithoutAClinicianIs422WithTheEnginesWordsAndWithOneItStarts() {
		ApiUser carol = ApiUser.register(this.client, "exp");
		long before = count();
		post(carol, "/api/v1/experiments", "{\"remedy\":\"MAGNESIUM\"}").expectStatus().isEqualTo(422).expectBody()
			.jsonPath("$.detail").isEqualTo("Ask your clinician first: the evidence shows little benefit for most people with night cramps.");
		assertThat(count()).isEqualTo(before);
		post(carol, "/api/v1/experiments", "{\"remedy\":\"MAGNESIUM\",\"clinicianAgreed\":true}").expectStatus()
			.isCreated().expectBody()
			.jsonPath("$.blockNights").isEqualTo(28)
			.jsonPath("$.washInNights").isEqualTo(7)
			.jsonPath("$.pairs").isEqualTo(3);
	}

	@Test
	void anotherUsersExperimentIsNotFoundAndADecisionWaitsForTheEnd() {
		ApiUser owner = ApiUser.register(this.client, "exp");
		ApiUser other = ApiUser.register(this.client, "exp");
		String body = owner.create("/api/v1/experiments", "{\"remedy\":\"LOOSE_BEDDING\"}");
		long id = Long.parseLong(body.replaceAll("(?s)^\\{\"id\":(\\d+),.*$", "$1"));
		other.get("/api/v1/experiments/" + id).exchange().expectStatus().isNotFound();
		post(other, "/api/v1/experiments/" + id + "/stop", "").expectStatus().isNotFound();
		put(other, "/api/v1/experiments/" + id + "/decision", "{\"decision\":\"KEEP\"}").expectStatus().isNotFound();
		put(owner, "/api/v1/experiments/" + id + "/decision", "{\"decision\":\"KEEP\"}").expectStatus()
			.isEqualTo(409);
		put(owner, "/api/v1/experiments/" + id + "/decision", "{\"decision\":\"MAYBE\"}").expectStatus()
			.isBadRequest();

		// stopped: no verdict, and the decision is stored
		post(owner, "/api/v1/experiments/" + id + "/stop", "").expectStatus().isOk().expectBody()
			.jsonPath("$.status").isEqualTo("STOPPED").jsonPath("$.result").isEmpty();
		put(owner, "/api/v1/experiments/" + id + "/decision", "{\"decision\":\"DROP\"}").expectStatus().isOk();
		owner.get("/api/v1/experiments/" + id).exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.decision").isEqualTo("DROP");
		owner.get("/api/v1/experiments").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.items.length()").isEqualTo(1);
	}

	@Test
	void anUrgentRedFlagPausesTheExperimentAndARoutineEpisodeDoesNot(Scenario scenario) {
		ApiUser dave = ApiUser.register(this.client, "exp");
		long account = accountId(dave);
		AccountId owner = new AccountId(account);
		ExperimentView started = this.service.start(owner, new StartRequest(Remedy.STRETCH_BEFORE_BED, false, null, null));
		LocalDate tonight = this.service.tonight(owner);

		// an ordinary cramp: no urgent flag, no pause
		insertEpisode(account, tonight, "");
		scenario.publish(new EpisodeLogged(owner, tonight))
			.andWaitForStateChange(() -> this.service.experiment(owner, started.id()).status())
			.andVerify(status -> assertThat(status).isEqualTo(ExperimentStatus.RUN_IN));

		// a swollen calf: the engine rates it same-day, so the experiment pauses with its message
		insertEpisode(account, tonight, "CALF_SWELLING_OR_REDNESS");
		scenario.publish(new EpisodeLogged(owner, tonight))
			.andWaitForStateChange(() -> this.service.experiment(owner, started.id()).status(),
					status -> status == ExperimentStatus.PAUSED)
			.andVerify(status -> assertThat(this.service.experiment(owner, started.id()).pausedBecause())
				.isNotBlank());
		assertThat(this.service.on(owner, tonight)).isEmpty();

		post(dave, "/api/v1/experiments/" + started.id() + "/resume", "").expectStatus().isOk().expectBody()
			.jsonPath("$.status").isEqualTo("RUN_IN").jsonPath("$.pausedBecause").isEmpty();
		post(dave, "/api/v1/experiments/" + started.id() + "/resume", "").expectStatus().isEqualTo(409);
	}

	@Test
	void aThinRunInIsToldOnceItIsOverAndAFullOneIsNot() {
		ApiUser fay = ApiUser.register(this.client, "exp");
		long account = accountId(fay);
		AccountId owner = new AccountId(account);
		ExperimentView started = this.service.start(owner, new StartRequest(Remedy.STRETCH_BEFORE_BED, false, null, null));
		assertThat(this.service.runIn(owner, started)).as("nothing to say while the run-in lasts").isEmpty();
		LocalDate first = started.startsOn();
		this.clock.set(EVENING.plus(java.time.Duration.ofDays(15)));
		for (int i = 0; i < 10; i++) {
			if (i < 2) {
				insertEpisode(account, first.plusDays(i), "");
			}
			else {
				fay.markNoCramps(first.plusDays(i));
			}
		}
		// 10 known nights, 2 with cramps: under 12 known and under 3 cramp nights
		assertThat(this.service.runIn(owner, this.service.experiment(owner, started.id())))
			.contains(new ExperimentService.RunIn(10, 2, true));
		insertEpisode(account, first.plusDays(10), "");
		fay.markNoCramps(first.plusDays(11));
		fay.markNoCramps(first.plusDays(12));
		// 13 known, 3 with cramps: enough; a night after the run-in never counts
		fay.markNoCramps(first.plusDays(14));
		assertThat(this.service.runIn(owner, this.service.experiment(owner, started.id())))
			.contains(new ExperimentService.RunIn(13, 3, false));
	}

	@Test
	void theOrderOfEveryPairIsDrawnAtRandomAndStoredAndBalancedOverManyExperiments() {
		ApiUser erin = ApiUser.register(this.client, "exp");
		AccountId owner = new AccountId(accountId(erin));
		int experiments = 300;
		int[] remedyFirst = new int[8];
		for (int i = 0; i < experiments; i++) {
			ExperimentView view = this.service.start(owner, new StartRequest(Remedy.STRETCH_BEFORE_BED, false, 6, null));
			String stored = this.jdbc.queryForObject("SELECT arm_orders FROM experiments WHERE id = ?", String.class,
					view.id());
			assertThat(stored).hasSize(6 + TestedRemedy.EXTENSION_PAIRS);
			for (int pair = 0; pair < stored.length(); pair++) {
				boolean r = stored.charAt(pair) == 'R';
				remedyFirst[pair] += r ? 1 : 0;
				if (pair < 6) {
					// the blocks shown follow the stored draw
					assertThat(view.blocks().get(2 * pair).arm()).isEqualTo(r ? Arm.REMEDY : Arm.USUAL);
					assertThat(view.blocks().get(2 * pair + 1).arm()).isEqualTo(r ? Arm.USUAL : Arm.REMEDY);
				}
			}
			this.service.stop(owner, view.id());
		}
		System.out.printf("experiments order draw: remedy first in each pair position over %d experiments: %s%n",
				experiments, java.util.Arrays.toString(remedyFirst));
		// binomial(300, 0.5): 150 +- 8.7; 115..185 is 4 standard deviations
		for (int count : remedyFirst) {
			assertThat(count).isBetween(115, 185);
		}
	}

	private void insertEpisode(long account, LocalDate night, String signs) {
		OffsetDateTime at = this.clock.instant().minusSeconds(3600).atOffset(ZoneOffset.UTC);
		this.jdbc.update("INSERT INTO cramp_episodes (account_id, started_at, start_offset_seconds, night_of, daytime,"
				+ " duration_seconds, intensity, muscle, side, woke_from_sleep, reliefs_tried, warning_signs, created_at,"
				+ " updated_at) VALUES (?, ?, 0, ?, FALSE, 60, 5, 'CALF', 'LEFT', TRUE, '', ?, ?, ?)", account, at, night,
				signs, at, at);
	}

	private long accountId(ApiUser user) {
		return this.jdbc.queryForObject("SELECT id FROM accounts WHERE username = ?", Long.class, user.username());
	}

	private long count() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM experiments", Long.class);
	}

	private RestTestClient.ResponseSpec post(ApiUser user, String path, String json) {
		return this.client.post().uri(path).headers(h -> h.setBasicAuth(user.username(), ApiUser.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).body(json).exchange();
	}

	private RestTestClient.ResponseSpec put(ApiUser user, String path, String json) {
		return this.client.put().uri(path).headers(h -> h.setBasicAuth(user.username(), ApiUser.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).body(json).exchange();
	}

}
