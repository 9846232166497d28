package org.crampwise.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.crampwise.support.ApiUser;
import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user with two weeks of diary: a share link made without a range covers the nights that exist (not 90 nights of
 * which 76 are empty), and the clinician's red flags are the ones the patient's advice shows, over the same nights.
 */
@IntegrationTest
class ReportRedFlagsIntegrationTests {

	private static final Pattern FLAG = Pattern.compile("data-flag=\"([A-Z_]+)\"");

	@Autowired
	RestTestClient client;

	@Test
	void aDefaultShareCoversTheLoggedNightsAndShowsThePatientsRedFlags() {
		ApiUser user = ApiUser.register(this.client, "flags");
		LocalDate tonight = ApiUser.tonight();
		for (int k = 1; k <= 10; k++) {
			// 02:14 on the morning after night tonight-k
			user.logEpisode("""
					{"startedAt":"%sT02:14:00+01:00","durationSeconds":120,"intensity":6,"muscle":"CALF","side":"LEFT",
					 "wokeFromSleep":true}""".formatted(tonight.minusDays(k - 1)));
		}
		user.put("/api/v1/checkins/" + tonight.minusDays(13), "{\"waterMl\":1500}");

		String advice = user.get("/api/v1/advice").exchange().expectBody(String.class).returnResult().getResponseBody();
		List<String> patientFlags = JsonPath.read(advice, "$.redFlags[*].code");
		assertThat(patientFlags).contains("FREQUENT_CRAMPS");

		String created = user.create("/api/v1/shares", "{}");
		Number id = JsonPath.read(created, "$.id");
		String link = user.get("/api/v1/shares/" + id).exchange().expectBody(String.class).returnResult().getResponseBody();
		assertThat((String) JsonPath.read(link, "$.from")).isEqualTo(tonight.minusDays(13).toString());
		assertThat((String) JsonPath.read(link, "$.to")).isEqualTo(tonight.toString());
		String url = JsonPath.read(created, "$.url");
		String page = this.client.get()
			.uri(url.substring(url.indexOf("/share/")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		List<String> reportFlags = new ArrayList<>();
		Matcher matcher = FLAG.matcher(page);
		while (matcher.find()) {
			reportFlags.add(matcher.group(1));
		}
		assertThat(reportFlags).containsExactlyElementsOf(patientFlags);
		// and it says which nights they cover: the advice window, the 14 nights before today
		LocalDate today = LocalDate.now(ApiUser.ZONE);
		assertThat(page).contains("judged over the nights " + today.minusDays(14) + " to " + today.minusDays(1));
	}

}
