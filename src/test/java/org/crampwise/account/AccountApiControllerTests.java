package org.crampwise.account;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.crampwise.system.ConflictException;
import org.crampwise.system.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@WebMvcTest(AccountApiController.class)
@Import(SecurityConfiguration.class)
class AccountApiControllerTests {

	private static final AccountPrincipal ALICE = new AccountPrincipal(new AccountId(7), "alice", "{noop}x", false);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	Accounts accounts;

	@Test
	void registrationAnswers201WithLocationAndTheName() {
		given(this.accounts.register(any())).willReturn(new AccountSummary(new AccountId(1), "alice",
				OffsetDateTime.parse("2026-11-20T10:00:00+01:00"), "Europe/Paris", Role.PATIENT, "alice"));

		assertThat(this.mvc.post()
			.uri("/api/v1/account")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"Alice\",\"password\":\"correct-horse\"}")).hasStatus(201)
			.hasHeader("Location", "/api/v1/account")
			.bodyJson()
			.extractingPath("$.username")
			.isEqualTo("alice");
	}

	@Test
	void registrationListsEveryBadFieldAndStoresNothing() {
		assertThat(this.mvc.post()
			.uri("/api/v1/account")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"a b\",\"password\":\"short\"}")).hasStatus(400)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.satisfies(json -> {
				json.assertThat().extractingPath("$.status").isEqualTo(400);
				json.assertThat().extractingPath("$.errors.length()").isEqualTo(2);
				json.assertThat()
					.extractingPath("$.errors[*].field")
					.asArray()
					.containsExactlyInAnyOrder("username", "password");
			});
		verifyNoInteractions(this.accounts);
	}

	@Test
	void aMissingFieldIsNamed() {
		assertThat(this.mvc.post()
			.uri("/api/v1/account")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"alice\"}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("password");
	}

	@Test
	void anUnknownFieldIsA400ThatNamesIt() {
		assertThat(this.mvc.post()
			.uri("/api/v1/account")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"alice\",\"password\":\"correct-horse\",\"isAdmin\":true}")).hasStatus(400)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.satisfies(json -> {
				json.assertThat().extractingPath("$.errors[0].field").isEqualTo("isAdmin");
				json.assertThat().extractingPath("$.errors[0].message").isEqualTo("is not a known field");
			});
		verifyNoInteractions(this.accounts);
	}

	@Test
	void aWrongTypeIsA400ThatNamesTheField() {
		assertThat(this.mvc.post()
			.uri("/api/v1/account")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"alice\",\"password\":{\"nested\":1}}")).hasStatus(400)
			.bodyJson()
			.satisfies(json -> {
				json.assertThat().extractingPath("$.errors[0].field").isEqualTo("password");
				json.assertThat().extractingPath("$.errors[0].message").asString().contains("string");
			});
	}

	@Test
	void malformedJsonIsA400NotA500() {
		assertThat(this.mvc.post()
			.uri("/api/v1/account")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":")).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void aWrongContentTypeIs415() {
		assertThat(this.mvc.post().uri("/api/v1/account").contentType(MediaType.TEXT_PLAIN).content("alice"))
			.hasStatus(415)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void aBodyOver64KbIs413() {
		String huge = "{\"username\":\"alice\",\"password\":\"" + "x".repeat(70_000) + "\"}";
		assertThat(this.mvc.post().uri("/api/v1/account").contentType(MediaType.APPLICATION_JSON).content(huge))
			.hasStatus(413)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		verifyNoInteractions(this.accounts);
	}

	@Test
	void aTakenNameIs409() {
		given(this.accounts.register(any())).willThrow(new ConflictException("username", "This username is taken."));

		assertThat(this.mvc.post()
			.uri("/api/v1/account")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"alice\",\"password\":\"correct-horse\"}")).hasStatus(409)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("username");
	}

	@Test
	void aRuleOfTheServiceIsReportedPerField() {
		given(this.accounts.register(any()))
			.willThrow(new InvalidInputException("timeZone", "must be a time zone id such as Europe/Paris"));

		assertThat(this.mvc.post()
			.uri("/api/v1/account")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"alice\",\"password\":\"correct-horse\",\"timeZone\":\"Mars/Base\"}"))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("timeZone");
	}

	@Test
	void readingTheAccountNeedsSignInAndSays401AsProblemWithoutInvitingBasic() {
		// a browser that is invited to Basic caches the credentials and sends them to any later request, cross-site too
		assertThat(this.mvc.get().uri("/api/v1/account")).hasStatus(401)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.doesNotContainHeader("WWW-Authenticate");
	}

	@Test
	void onlyARequestThatTriedBasicIsInvitedToBasicAgain() {
		assertThat(this.mvc.get().uri("/api/v1/account").header("Authorization", "Basic bm9ib2R5Ondyb25nLXBhc3N3b3Jk"))
			.hasStatus(401)
			.hasHeader("WWW-Authenticate", "Basic realm=\"Crampwise\"");
	}

	@Test
	void anUnsignedWriteIs401NotTheCsrfRefusal() {
		assertThat(this.mvc.delete().uri("/api/v1/account")).hasStatus(401)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo(401);
		verifyNoInteractions(this.accounts);
	}

	@Test
	void aCrossSiteWriteIsRefusedWhateverItsCredentials() {
		assertThat(this.mvc.delete()
			.uri("/api/v1/account")
			.with(user(ALICE))
			.with(csrf())
			.header("Sec-Fetch-Site", "cross-site")).hasStatus(403)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mvc.delete()
			.uri("/api/v1/account")
			.with(user(ALICE))
			.with(csrf())
			.header("Sec-Fetch-Site", "same-site")
			.header("Origin", "http://other.localhost")).hasStatus(403);
		assertThat(this.mvc.delete()
			.uri("/api/v1/account")
			.header("Authorization", "Basic bm9ib2R5Ondyb25nLXBhc3N3b3Jk")
			.header("Origin", "https://evil.example")).hasStatus(403);
		verifyNoInteractions(this.accounts);
	}

	@Test
	void aWriteFromOurOwnPagePassesWhateverItsContentType() {
		assertThat(this.mvc.delete()
			.uri("/api/v1/account")
			.with(user(ALICE))
			.with(csrf())
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.header("Sec-Fetch-Site", "same-origin")
			.header("Origin", "http://localhost")).hasStatus(204);
	}

	@Test
	void theSignedInUserReadsTheirOwnAccount() {
		given(this.accounts.summary(new AccountId(7))).willReturn(new AccountSummary(new AccountId(7), "alice",
				OffsetDateTime.parse("2026-11-20T10:00:00+01:00"), "Europe/Paris", Role.PATIENT, "alice"));

		assertThat(this.mvc.get().uri("/api/v1/account").with(user(ALICE))).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				json.assertThat().extractingPath("$.username").isEqualTo("alice");
				json.assertThat().extractingPath("$.createdAt").isEqualTo("2026-11-20T10:00:00+01:00");
				json.assertThat().extractingPath("$.role").isEqualTo("PATIENT");
				json.assertThat().extractingPath("$.displayName").isEqualTo("alice");
			});
	}

	@Test
	void aClinicianReadsTheirRoleAndDisplayName() {
		given(this.accounts.summary(new AccountId(7))).willReturn(new AccountSummary(new AccountId(7), "moreno",
				OffsetDateTime.parse("2026-11-20T10:00:00+01:00"), "Europe/Paris", Role.CLINICIAN,
				"Dr A. Moreno, Riverside practice"));

		assertThat(this.mvc.get().uri("/api/v1/account").with(user(ALICE))).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				json.assertThat().extractingPath("$.role").isEqualTo("CLINICIAN");
				json.assertThat().extractingPath("$.displayName").isEqualTo("Dr A. Moreno, Riverside practice");
			});
	}

	@Test
	void aCookieSignedInChangeWithoutCsrfTokenIsRefused() {
		assertThat(this.mvc.delete().uri("/api/v1/account").with(user(ALICE))).hasStatus(403)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		verify(this.accounts, never()).erase(any());
	}

	@Test
	void aCookieSignedInChangeWithCsrfTokenIsAccepted() {
		assertThat(this.mvc.delete().uri("/api/v1/account").with(user(ALICE)).with(csrf())).hasStatus(204);
		verify(this.accounts).erase(new AccountId(7));
	}

}
