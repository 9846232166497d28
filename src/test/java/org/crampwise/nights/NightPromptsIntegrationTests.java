package org.crampwise.nights;

import java.time.LocalDate;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.crampwise.support.ApiUser;
import org.crampwise.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check-in page's "No cramps last night?" prompt on the real database: asked for an unknown night only, and told
 * with a few existence queries rather than a night range loaded with the profile and medications.
 */
@IntegrationTest
class NightPromptsIntegrationTests {

	/** The account's zone (tonight), an episode of the night, a mark of the night. */
	static final long STATEMENTS = 3;

	@Autowired
	RestTestClient client;

	@Autowired
	NightPrompts prompts;

	@Autowired
	UserDetailsService users;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void aNightIsAskedAboutWhileUnknownWithAFewStatements() {
		ApiUser alice = ApiUser.register(this.client, "prompt");
		Authentication signedIn = signedIn(alice);
		LocalDate lastNight = ApiUser.tonight().minusDays(1);
		LocalDate twoNightsAgo = lastNight.minusDays(1);

		assertThat(counted(() -> this.prompts.unknownNight(signedIn, lastNight))).isEqualTo(lastNight);
		assertThat(this.statements).as("statements of one night's prompt").isLessThanOrEqualTo(STATEMENTS);

		alice.markNoCramps(lastNight);
		assertThat(this.prompts.unknownNight(signedIn, lastNight)).as("a cramp-free night").isNull();
		alice.logEpisode("{\"startedAt\":\"" + twoNightsAgo + "T23:30:00+01:00\",\"durationSeconds\":60,"
				+ "\"intensity\":5,\"muscle\":\"CALF\",\"side\":\"LEFT\"}");
		assertThat(counted(() -> this.prompts.unknownNight(signedIn, twoNightsAgo))).as("a cramp night").isNull();
		assertThat(this.statements).isLessThanOrEqualTo(STATEMENTS);
		assertThat(this.prompts.unknownNight(signedIn, ApiUser.tonight().plusDays(1))).as("a future night").isNull();
		assertThat(this.prompts.unknownNight(null, lastNight)).as("signed out").isNull();
	}

	private long statements;

	private <T> T counted(Supplier<T> call) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		try {
			statistics.clear();
			T result = call.get();
			this.statements = statistics.getPrepareStatementCount();
			return result;
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

	private Authentication signedIn(ApiUser user) {
		UserDetails principal = this.users.loadUserByUsername(user.username());
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
	}

}
