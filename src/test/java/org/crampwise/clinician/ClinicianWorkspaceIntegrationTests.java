package org.crampwise.clinician;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.crampwise.account.AccountId;
import org.crampwise.experiments.ClinicianAgreements;
import org.crampwise.experiments.ExperimentStatus;
import org.crampwise.support.ApiUser;
import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The clinician workspace over real HTTP on the real database: registration, invite codes, the care team, the
 * patients list and its order, revocation, the audit trail, magnesium agreed, the note, and the fixed number of SQL
 * statements of the list.
 */
@IntegrationTest
class ClinicianWorkspaceIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ClinicianAgreements agreements;

	@Autowired
	PatientList patientList;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void aClinicianNeedsADisplayNameAndARoleIsOneOfTwo() throws Exception {
		Session anyone = Session.nobody(this.port);
		HttpResponse<String> noName = anyone.send("POST", "/api/v1/account",
				"{\"username\":\"docnoname\",\"password\":\"correct-horse-battery\",\"role\":\"CLINICIAN\"}");
		assertThat(noName.statusCode()).isEqualTo(400);
		assertThat(noName.body()).contains("\"field\":\"displayName\"");
		HttpResponse<String> badRole = anyone.send("POST", "/api/v1/account",
				"{\"username\":\"docbadrole\",\"password\":\"correct-horse-battery\",\"role\":\"ADMIN\"}");
		assertThat(badRole.statusCode()).isEqualTo(400);
		assertThat(badRole.body()).contains("\"field\":\"role\"");
		assertThat(this.jdbc.queryForObject("select count(*) from accounts where username in ('docnoname', "
				+ "'docbadrole')", Integer.class)).isZero();
	}

	@Test
	void anInviteCodeShowsWhoBeforeJoiningAndWorksOnceOnly() throws Exception {
		Session doc = Session.register(this.port, "doc", "CLINICIAN", "Dr A. Moreno, Riverside practice");
		Session patient = Session.register(this.port, "pat", "PATIENT", null);
		String code = doc.invite();
		assertThat(code).matches("[" + InviteCodes.ALPHABET + "]{4}-[" + InviteCodes.ALPHABET + "]{4}");
		assertThat(this.jdbc.queryForObject("select count(*) from clinician_invites where code_hash = ?",
				Integer.class, org.crampwise.account.Secrets.sha256(code.replace("-", "")))).isOne();

		HttpResponse<String> preview = patient.get("/api/v1/care-team/invites/" + code.toLowerCase());
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.body()).contains("\"displayName\":\"Dr A. Moreno, Riverside practice\"");
		patient.join(code);
		assertThat(patient.get("/api/v1/care-team/invites/" + code).statusCode()).as("used").isEqualTo(404);
		assertThat(patient.send("POST", "/api/v1/care-team", "{\"code\":\"" + code + "\"}").statusCode())
			.isEqualTo(404);
		assertThat(patient.get("/api/v1/care-team/invites/AAAA-BBBB").statusCode()).isEqualTo(404);
		HttpResponse<String> missing = patient.send("POST", "/api/v1/care-team", "{}");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.body()).contains("\"field\":\"code\"");

		String expired = doc.invite();
		this.jdbc.update("update clinician_invites set expires_at = created_at where code_hash = ?",
				org.crampwise.account.Secrets.sha256(expired.replace("-", "")));
		assertThat(patient.get("/api/v1/care-team/invites/" + expired).statusCode()).as("expired").isEqualTo(404);
	}

	@Test
	void aSwollenCalfPutsThePatientFirstAndRevokingEndsAccessAtOnce() throws Exception {
		Session doc = Session.register(this.port, "doc", "CLINICIAN", "Dr A. Moreno");
		Session quiet = Session.register(this.port, "pat", "PATIENT", "Ann Quiet");
		Session swollen = Session.register(this.port, "pat", "PATIENT", "Zed Swollen");
		Session stranger = Session.register(this.port, "pat", "PATIENT", "Stranger");
		long quietGrant = quiet.join(doc.invite());
		long swollenGrant = swollen.join(doc.invite());
		long swollenId = id(swollen);

		assertThat(names(doc.get("/api/v1/clinician/patients").body())).containsExactly("Ann Quiet", "Zed Swollen");
		LocalDate tonight = ApiUser.tonight();
		HttpResponse<String> episode = swollen.send("POST", "/api/v1/episodes", """
				{"startedAt":"%sT02:14:00+01:00","durationSeconds":90,"intensity":7,"muscle":"CALF","side":"LEFT",
				 "warningSigns":["CALF_SWELLING_OR_REDNESS"]}""".formatted(tonight.minusDays(1)));
		assertThat(episode.statusCode()).as(episode.body()).isEqualTo(201);

		String list = doc.get("/api/v1/clinician/patients").body();
		assertThat(names(list)).containsExactly("Zed Swollen", "Ann Quiet");
		assertThat(list).contains("\"code\":\"CALF_SWELLING_OR_REDNESS\",\"urgency\":\"SAME_DAY\"")
			.contains("\"urgency\":\"SAME_DAY\"")
			.contains("\"lastLoggedNight\":\"" + tonight.minusDays(2) + "\"");
		assertThat(names(doc.get("/api/v1/clinician/patients?q=ann").body())).containsExactly("Ann Quiet");
		assertThat(names(doc.get("/api/v1/clinician/patients?size=1&page=1").body())).containsExactly("Ann Quiet");
		assertThat(doc.get("/api/v1/clinician/patients?size=0").statusCode()).isEqualTo(400);
		assertThat(doc.get("/api/v1/clinician/patients/" + id(stranger) + "/report.pdf").statusCode())
			.as("a patient who never granted access").isEqualTo(404);

		// the report and the page are recorded in the patient's access list
		assertThat(doc.get("/api/v1/clinician/patients/" + swollenId + "/report.pdf").statusCode()).isEqualTo(200);
		assertThat(doc.get("/clinician/patients/" + swollenId).body()).contains("Zed Swollen");
		String accesses = swollen.get("/api/v1/care-team/" + swollenGrant + "/accesses").body();
		assertThat(accesses).contains("\"kind\":\"PAGE\"").contains("\"kind\":\"REPORT_PDF\"");
		assertThat(quiet.get("/api/v1/care-team/" + swollenGrant + "/accesses").statusCode()).isEqualTo(404);
		assertThat(swollen.get("/care-team").body()).contains("Dr A. Moreno").contains("The report (PDF)");

		// the patients' experiments: the list's line (no experiment, a running one), the page's full view
		assertThat(doc.get("/api/v1/account").body()).contains("\"role\":\"CLINICIAN\"")
			.contains("\"displayName\":\"Dr A. Moreno\"");
		assertThat(quiet.get("/api/v1/account").body()).contains("\"role\":\"PATIENT\"")
			.contains("\"displayName\":\"Ann Quiet\"");
		assertThat(doc.get("/api/v1/clinician/patients").body()).contains("\"experiment\":null");
		assertThat(doc.get("/clinician/patients/" + id(quiet)).body()).contains("No experiment yet.");
		HttpResponse<String> started = quiet.send("POST", "/api/v1/experiments", "{\"remedy\":\"STRETCH_BEFORE_BED\"}");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
		long experimentId = this.jdbc.queryForObject("select id from experiments where account_id = ?", Long.class,
				id(quiet));
		assertThat(doc.get("/api/v1/clinician/patients").body())
			.contains("\"experiment\":{\"id\":" + experimentId + ",\"remedy\":\"STRETCH_BEFORE_BED\",\"status\":\"RUN_IN\"");
		// its blocks begin tonight: "running, block 1 of 12" on the list
		LocalDate startsOn = this.jdbc.queryForObject("select starts_on from experiments where id = ?", LocalDate.class,
				experimentId);
		this.jdbc.update("update experiments set starts_on = ? where id = ?", startsOn.minusDays(14), experimentId);
		assertThat(doc.get("/clinician").body()).contains("Stretching before bed: running, block 1 of 12");
		// long over: the list says finished before anyone opens it; the page analyses it and shows the result
		this.jdbc.update("update experiments set starts_on = ? where id = ?", startsOn.minusDays(200), experimentId);
		assertThat(doc.get("/clinician").body()).contains("Stretching before bed: Finished");
		String page = doc.get("/clinician/patients/" + id(quiet)).body();
		assertThat(page).contains("id=\"experiment-" + experimentId + "-result\"")
			.contains("id=\"experiment-" + experimentId + "-sentence\"")
			.contains("Stretch nights: ")
			.doesNotContain("No experiment yet.");
		assertThat(quiet.send("PUT", "/api/v1/experiments/" + experimentId + "/decision", "{\"decision\":\"KEEP\"}")
			.statusCode()).isEqualTo(200);
		String verdict = this.jdbc.queryForObject("select verdict from experiments where id = ?", String.class,
				experimentId);
		assertThat(verdict).as("stored when the page analysed it").isNotNull();
		assertThat(doc.get("/clinician").body()).contains("data-verdict=\"" + verdict + "\"")
			.contains(", decision: Keep doing it");
		assertThat(doc.get("/clinician/patients/" + id(quiet)).body()).contains("The patient decided: Keep doing it");

		// magnesium agreed and the note, for the experiments module and the tips page
		assertThat(this.agreements.magnesiumAgreed(new AccountId(swollenId))).isFalse();
		assertThat(doc.send("PUT", "/api/v1/clinician/patients/" + swollenId + "/magnesium-agreed",
				"{\"agreed\":true}").statusCode()).isEqualTo(200);
		assertThat(doc.send("PUT", "/api/v1/clinician/patients/" + swollenId + "/magnesium-agreed", "{}")
			.statusCode()).isEqualTo(400);
		assertThat(this.agreements.magnesiumAgreed(new AccountId(swollenId))).isTrue();
		assertThat(doc.send("PUT", "/api/v1/clinician/patients/" + swollenId + "/note",
				"{\"note\":\"Please see me this week.\"}").statusCode()).isEqualTo(200);
		assertThat(doc.send("PUT", "/api/v1/clinician/patients/" + swollenId + "/note",
				"{\"note\":\"" + "x".repeat(501) + "\"}").statusCode()).isEqualTo(400);
		assertThat(swollen.get("/tips").body()).contains("Please see me this week.");
		assertThat(quiet.get("/tips").body()).doesNotContain("Please see me this week.");

		// revoked: the very next request is a 404, the list forgets the patient, the agreement and note end
		assertThat(swollen.send("DELETE", "/api/v1/care-team/" + swollenGrant, null).statusCode()).isEqualTo(204);
		assertThat(doc.get("/api/v1/clinician/patients/" + swollenId + "/report.pdf").statusCode()).isEqualTo(404);
		assertThat(doc.get("/clinician/patients/" + swollenId).statusCode()).isEqualTo(404);
		assertThat(names(doc.get("/api/v1/clinician/patients").body())).containsExactly("Ann Quiet");
		assertThat(this.agreements.magnesiumAgreed(new AccountId(swollenId))).isFalse();
		assertThat(swollen.get("/tips").body()).doesNotContain("Please see me this week.");
		assertThat(swollen.get("/api/v1/care-team").body()).isEqualTo("[]");
		assertThat(quiet.get("/api/v1/care-team").body()).contains("\"id\":" + quietGrant);
	}

	@Test
	void aNoteShowsOnTheCachedTipsPageAtOnceAndLeavesWithTheGrantOrTheClinician() throws Exception {
		Session doc = Session.register(this.port, "doc", "CLINICIAN", "Dr N. Otes");
		Session other = Session.register(this.port, "doc", "CLINICIAN", "Dr E. Rased");
		Session patient = Session.register(this.port, "pat", "PATIENT", "Pat Ient");
		long grant = patient.join(doc.invite());
		patient.join(other.invite());
		long patientId = id(patient);
		// the page is rendered and kept before any note exists
		assertThat(patient.get("/tips").body()).doesNotContain("clinician-notes");
		assertThat(patient.get("/tips").body()).doesNotContain("clinician-notes");

		assertThat(doc.send("PUT", "/api/v1/clinician/patients/" + patientId + "/note",
				"{\"note\":\"Stretch <before> bed.\"}").statusCode()).isEqualTo(200);
		assertThat(patient.get("/tips").body()).contains("Stretch &lt;before&gt; bed.").contains("Dr N. Otes");
		assertThat(doc.send("PUT", "/api/v1/clinician/patients/" + patientId + "/note",
				"{\"note\":\"Walk it off.\"}").statusCode()).isEqualTo(200);
		assertThat(other.send("PUT", "/api/v1/clinician/patients/" + patientId + "/note",
				"{\"note\":\"Drink water.\"}").statusCode()).isEqualTo(200);
		assertThat(patient.get("/tips").body()).contains("Walk it off.")
			.contains("Drink water.")
			.doesNotContain("Stretch &lt;before&gt; bed.");

		// the patient ends one grant; the other clinician erases their account (its grants go by cascade)
		assertThat(patient.send("DELETE", "/api/v1/care-team/" + grant, null).statusCode()).isEqualTo(204);
		assertThat(patient.get("/tips").body()).doesNotContain("Walk it off.").contains("Drink water.");
		assertThat(other.send("DELETE", "/api/v1/account", null).statusCode()).isEqualTo(204);
		assertThat(patient.get("/tips").body()).doesNotContain("Drink water.").doesNotContain("clinician-notes");
	}

	@Test
	void theListShowsAFinishedExperimentsStoredVerdictNoneForAStoppedOneAndFollowsANightEditedAfterTheFinish()
			throws Exception {
		Session doc = Session.register(this.port, "doc", "CLINICIAN", "Dr V. Erdict");
		Session finisher = Session.register(this.port, "pat", "PATIENT", "Fin Ished");
		Session stopper = Session.register(this.port, "pat", "PATIENT", "Stop Ped");
		finisher.join(doc.invite());
		stopper.join(doc.invite());
		HttpResponse<String> started = finisher.send("POST", "/api/v1/experiments",
				"{\"remedy\":\"STRETCH_BEFORE_BED\",\"pairs\":2}");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
		long finished = this.jdbc.queryForObject("select id from experiments where account_id = ?", Long.class,
				id(finisher));
		HttpResponse<String> other = stopper.send("POST", "/api/v1/experiments", "{\"remedy\":\"STRETCH_BEFORE_BED\"}");
		assertThat(other.statusCode()).as(other.body()).isEqualTo(201);
		long stopped = this.jdbc.queryForObject("select id from experiments where account_id = ?", Long.class,
				id(stopper));
		assertThat(stopper.send("POST", "/api/v1/experiments/" + stopped + "/stop", null).statusCode())
			.isEqualTo(200);

		// run-in (14) and 2 pairs of 7-night blocks, the last of them the night before tonight
		LocalDate startsOn = this.jdbc.queryForObject("select starts_on from experiments where id = ?", LocalDate.class,
				finished);
		this.jdbc.update("update experiments set starts_on = ? where id = ?", startsOn.minusDays(14 + 28), finished);
		assertThat(item(doc.get("/api/v1/clinician/patients").body(), finished)).as("over, not analysed yet")
			.contains("\"status\":\"FINISHED\"")
			.contains("\"verdict\":null");

		// the patient opens it: analysed, finished; no check-in at all, so no block was followed: NOT_RELIABLE
		String view = finisher.get("/api/v1/experiments/" + finished).body();
		assertThat(view).contains("\"status\":\"FINISHED\"").contains("\"verdict\":\"NOT_RELIABLE\"");
		String list = doc.get("/api/v1/clinician/patients").body();
		assertThat(item(list, finished)).contains("\"status\":\"FINISHED\"").contains("\"verdict\":\"NOT_RELIABLE\"");
		assertThat(item(list, stopped)).contains("\"status\":\"STOPPED\"").contains("\"verdict\":null");
		String page = doc.get("/clinician").body();
		assertThat(page).contains("Stretching before bed: Finished, verdict: Not reliable")
			.contains("data-verdict=\"NOT_RELIABLE\"")
			.contains("Stretching before bed: Stopped");
		assertThat(this.jdbc.queryForObject("select verdict from experiments where id = ?", String.class, stopped))
			.isNull();

		// check-ins added afterwards: every block followed, still no known night, so no ratio: CANT_TELL, once the
		// analysis runs again (the clinician opens the patient's page)
		Map<LocalDate, String> arms = new TreeMap<>();
		Matcher block = Pattern.compile("\"from\":\"([0-9-]{10})\",\"to\":\"([0-9-]{10})\",\"arm\":\"(REMEDY|USUAL)\"")
			.matcher(view);
		while (block.find()) {
			for (LocalDate night = LocalDate.parse(block.group(1)); !night.isAfter(LocalDate.parse(block.group(2)));
					night = night.plusDays(1)) {
				arms.put(night, block.group(3));
			}
		}
		assertThat(arms).hasSize(28);
		for (Map.Entry<LocalDate, String> night : arms.entrySet()) {
			HttpResponse<String> checkIn = finisher.send("PUT", "/api/v1/checkins/" + night.getKey(),
					"{\"stretchedBeforeBed\":" + night.getValue().equals("REMEDY") + "}");
			assertThat(checkIn.statusCode()).as(checkIn.body()).isBetween(200, 201);
		}
		assertThat(doc.get("/clinician/patients/" + id(finisher)).statusCode()).isEqualTo(200);
		assertThat(item(doc.get("/api/v1/clinician/patients").body(), finished))
			.contains("\"verdict\":\"CANT_TELL\"");
		assertThat(doc.get("/clinician").body()).contains("data-verdict=\"CANT_TELL\"")
			.doesNotContain("NOT_RELIABLE");
		assertThat(this.jdbc.queryForObject("select status from experiments where id = ?", String.class, finished))
			.as("a finished experiment is never extended afterwards").isEqualTo("FINISHED");
	}

	@Test
	void thePatientsListRunsTheSameNumberOfStatementsForOneOrManyPatients() throws Exception {
		Session one = Session.register(this.port, "doc", "CLINICIAN", "Dr One");
		Session many = Session.register(this.port, "doc", "CLINICIAN", "Dr Many");
		LocalDate tonight = ApiUser.tonight();
		for (int i = 0; i < 6; i++) {
			Session patient = Session.register(this.port, "pat", "PATIENT", "Patient " + i);
			patient.join(many.invite());
			if (i == 0) {
				patient.join(one.invite());
			}
			patient.send("PUT", "/api/v1/profile", "{\"birthYear\":1950,\"pregnancy\":\"NONE\",\"conditions\":[\"DIABETES\"]}");
			patient.send("POST", "/api/v1/medications", "{\"name\":\"amlodipine\",\"startedOn\":\"" + tonight.minusDays(20) + "\"}");
			if (i % 2 == 0) {
				HttpResponse<String> started = patient.send("POST", "/api/v1/experiments",
						"{\"remedy\":\"STRETCH_BEFORE_BED\"}");
				assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
			}
			if (i == 4) {
				// long over and opened: FINISHED with its verdict stored, read in the same statement as the others
				this.jdbc.update("update experiments set starts_on = ? where account_id = ?", tonight.minusDays(400),
						id(patient));
				assertThat(patient.get("/api/v1/experiments").body()).contains("\"status\":\"FINISHED\"");
			}
			for (int night = 1; night <= 3; night++) {
				patient.send("PUT", "/api/v1/checkins/" + tonight.minusDays(night), "{\"waterMl\":900}");
				patient.send("POST", "/api/v1/episodes", """
						{"startedAt":"%sT02:14:00+01:00","durationSeconds":90,"intensity":7,"muscle":"CALF","side":"LEFT"}"""
					.formatted(tonight.minusDays(night)));
			}
		}
		// and the nights: a patient of 1 night against one of a year of nights (episodes, check-ins and marks,
		// imported as the export's files), each the only patient of its clinician
		Session ofANight = Session.register(this.port, "doc", "CLINICIAN", "Dr Night");
		Session ofAYear = Session.register(this.port, "doc", "CLINICIAN", "Dr Year");
		Session night = Session.register(this.port, "pat", "PATIENT", "One Night");
		night.join(ofANight.invite());
		assertThat(night.send("PUT", "/api/v1/checkins/" + tonight.minusDays(1), "{\"waterMl\":900}").statusCode())
			.isEqualTo(201);
		Session year = Session.register(this.port, "pat", "PATIENT", "A Year");
		year.join(ofAYear.invite());
		StringBuilder episodes = new StringBuilder("id,startedAt,durationSeconds,intensity,muscle,side,wokeFromSleep,"
				+ "reliefsTried,helpedMost,warningSigns,notes,nightOf,daytime\r\n");
		StringBuilder checkIns = new StringBuilder("nightOf,waterMl,alcoholDrinks,hoursFromLastDrinkToBed,"
				+ "standingHours,sittingHours,exercise,stretchedBeforeBed,warmBathBeforeBed,potassiumFoodServings,"
				+ "magnesiumSupplement,tightBedding\r\n");
		StringBuilder nights = new StringBuilder("nightOf,noCramps,copiedFromPrevious\r\n");
		for (int n = 1; n <= 365; n++) {
			LocalDate date = tonight.minusDays(n);
			checkIns.append(date).append(",1200,0,,2.5,6,LIGHT,true,false,2,false,false\r\n");
			if (n % 3 == 0) {
				episodes.append(",").append(date.plusDays(1)).append("T02:14:00+00:00,90,6,CALF,LEFT,true,,,,,,\r\n");
			}
			else {
				nights.append(date).append(",true,false\r\n");
			}
		}
		HttpResponse<String> imported = year.importFiles(java.util.Map.of("episodes", episodes.toString(),
				"checkins", checkIns.toString(), "nights", nights.toString()));
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		assertThat(imported.body()).contains("\"checkins\":{\"added\":365");

		long forOne = statements(id(one));
		long forMany = statements(id(many));
		long forANight = statements(id(ofANight));
		long forAYear = statements(id(ofAYear));
		System.out.printf("patients list: %d SQL statements for 1 patient, %d for 6; %d for a patient of 1 night, "
				+ "%d for a patient of a year of nights%n", forOne, forMany, forANight, forAYear);
		assertThat(forOne).isPositive().isEqualTo(forMany).isEqualTo(forANight).isEqualTo(forAYear);
		assertThat(this.patientList.patients(new AccountId(id(ofAYear)), null)).singleElement()
			.satisfies(row -> assertThat(row.checkInCompleteness()).as("27 of 28 nights").isEqualTo(0.96))
			.satisfies(row -> assertThat(row.lastLoggedNight()).isEqualTo(tonight.minusDays(1)))
			.satisfies(row -> assertThat(row.weeks()).hasSize(12).allSatisfy(week -> assertThat(week).isBetween(2, 3)));
		assertThat(this.patientList.patients(new AccountId(id(many)), null)).hasSize(6)
			.allSatisfy(row -> assertThat(row.medicationStarts()).singleElement()
				.satisfies(m -> assertThat(m.crampAssociated()).as("a calcium channel blocker").isTrue()))
			.filteredOn(row -> row.experiment() != null)
			.hasSize(3)
			.extracting(row -> row.experiment().status(), row -> row.experiment().verdict() != null)
			.containsExactlyInAnyOrder(tuple(ExperimentStatus.RUN_IN, false), tuple(ExperimentStatus.RUN_IN, false),
					tuple(ExperimentStatus.FINISHED, true));
	}

	private long statements(long clinician) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		try {
			statistics.clear();
			this.patientList.patients(new AccountId(clinician), null);
			return statistics.getPrepareStatementCount();
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

	/** The list item whose experiment has that id, up to the next item. */
	private static String item(String json, long experimentId) {
		int at = json.indexOf("\"experiment\":{\"id\":" + experimentId + ",");
		assertThat(at).as("experiment " + experimentId + " on the list").isNotNegative();
		int end = json.indexOf("\"patientId\"", at);
		return json.substring(at, (end < 0) ? json.length() : end);
	}

	private long id(Session session) {
		return this.jdbc.queryForObject("select id from accounts where username = ?", Long.class, session.username);
	}

	private static List<String> names(String json) {
		return java.util.regex.Pattern.compile("\"displayName\":\"([^\"]*)\"")
			.matcher(json)
			.results()
			.map(m -> m.group(1))
			.toList();
	}

}
