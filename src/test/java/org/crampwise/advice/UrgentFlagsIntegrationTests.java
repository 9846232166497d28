package org.crampwise.advice;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.crampwise.account.AccountId;
import org.crampwise.support.ApiUser;
import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which urgent flags are current (see {@link UrgentFlags}), on the whole application with episodes logged over the
 * API: a warning sign of last night or tonight raises the engine's flag with its urgency; an older one, a dismissed
 * one and another user's do not; an episode saved after a dismissal raises its flag again.
 */
@IntegrationTest
class UrgentFlagsIntegrationTests {

	@Autowired
	RestTestClient client;

	@Autowired
	UrgentFlags flags;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AdviceService advice;

	@Test
	void aWarningSignOfTheCurrentNightsIsCurrentUntilDismissedAndANewOneRaisesItAgain() {
		ApiUser alice = ApiUser.register(this.client, "urgent");
		AccountId me = idOf(alice);
		assertThat(current(me)).isEmpty();

		alice.logEpisode(episode(hoursAgo(1), "CALF_SWELLING_OR_REDNESS"));
		List<RedFlag> current = current(me);
		assertThat(current).extracting(RedFlag::code).containsExactly(RedFlagCode.CALF_SWELLING_OR_REDNESS);
		assertThat(current.get(0).urgency()).isEqualTo(Urgency.SAME_DAY);
		assertThat(current.get(0).message()).contains("contact a doctor or an urgent care service today");

		// another user sees none of it
		assertThat(current(idOf(ApiUser.register(this.client, "urgent-other")))).isEmpty();

		this.flags.dismiss(me);
		assertThat(current(me)).isEmpty();

		// a new episode with a sign raises its flag; the dismissed one stays dismissed
		alice.logEpisode(episode(hoursAgo(0), "NUMBNESS_OR_TINGLING"));
		assertThat(current(me)).extracting(RedFlag::code).containsExactly(RedFlagCode.NUMBNESS_OR_TINGLING);
	}

	@Test
	void aSignOfFourNightsAgoIsNoLongerCurrentThoughTheTipsStillRaiseIt() {
		ApiUser bob = ApiUser.register(this.client, "urgent-old");
		AccountId me = idOf(bob);
		bob.logEpisode(episode(hoursAgo(4 * 24), "CALF_SWELLING_OR_REDNESS"));
		assertThat(current(me)).isEmpty();

		// the tips (a window of 14 nights) still raise it, with the same urgency
		assertThat(this.advice.advise(me, null, Locale.ENGLISH).redFlagOf(RedFlagCode.CALF_SWELLING_OR_REDNESS))
			.hasValueSatisfying(flag -> assertThat(flag.urgency()).isEqualTo(Urgency.SAME_DAY));
	}

	private List<RedFlag> current(AccountId me) {
		return this.flags.current(me, Locale.ENGLISH);
	}

	private AccountId idOf(ApiUser user) {
		return new AccountId(this.jdbc.queryForObject("SELECT id FROM accounts WHERE username = ?", Long.class,
				user.username()));
	}

	private static OffsetDateTime hoursAgo(int hours) {
		return ZonedDateTime.now(ApiUser.ZONE).minusHours(hours).minusMinutes(1).truncatedTo(ChronoUnit.SECONDS)
			.toOffsetDateTime();
	}

	private static String episode(OffsetDateTime start, String sign) {
		return """
				{"startedAt":"%s","durationSeconds":60,"intensity":5,"muscle":"CALF","side":"LEFT",
				 "warningSigns":["%s"]}""".formatted(start, sign);
	}

}
