package org.crampwise.account;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.crampwise.system.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebMvcTest({ RegistrationController.class, LoginController.class })
@Import(SecurityConfiguration.class)
class RegistrationControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	Accounts accounts;

	@MockitoBean
	RecoveryCodes recoveryCodes;

	@MockitoBean
	SignIn signIn;

	@Test
	void showsTheFormWithACsrfToken() {
		assertThat(this.mvc.get().uri("/register")).hasStatusOk()
			.hasViewName(RegistrationController.VIEW)
			.bodyText()
			.contains("name=\"_csrf\"")
			.contains("data-browser-time-zone");
	}

	@Test
	void aValidFormRegistersSignsInAndShowsTheRecoveryCodesOnce() {
		given(this.accounts.register(any())).willReturn(new AccountSummary(new AccountId(3), "nightowl",
				OffsetDateTime.parse("2026-11-20T10:00:00Z"), "UTC", Role.PATIENT, "nightowl"));
		given(this.recoveryCodes.regenerate(new AccountId(3))).willReturn(List.of("abcd-efgh-jkmn", "pqrs-tuvw-xyz2"));

		assertThat(this.mvc.post()
			.uri("/register")
			.with(csrf())
			.param("username", "NightOwl")
			.param("password", "calf-stretch-2026")
			.param("timeZone", "Europe/Berlin")).hasStatusOk()
			.hasViewName(RegistrationController.CODES_VIEW)
			.bodyText()
			.contains("abcd-efgh-jkmn", "pqrs-tuvw-xyz2", "only time they are shown");
		verify(this.signIn).signIn(eq("nightowl"), any(), any());
	}

	@Test
	void badFieldsAreShownBesideTheFieldsAndNothingIsRegistered() {
		assertThat(this.mvc.post().uri("/register").with(csrf()).param("username", "x").param("password", "short"))
			.hasStatusOk()
			.hasViewName(RegistrationController.VIEW)
			.model()
			.extractingBindingResult("registration")
			.hasFieldErrors("username", "password");
		verifyNoInteractions(this.accounts, this.signIn);
	}

	@Test
	void aTakenNameIsAFieldError() {
		given(this.accounts.register(any())).willThrow(new ConflictException("username", "This username is taken."));

		assertThat(this.mvc.post()
			.uri("/register")
			.with(csrf())
			.param("username", "alice")
			.param("password", "correct-horse-battery")).hasStatusOk()
			.model()
			.extractingBindingResult("registration")
			.hasFieldErrors("username");
	}

	@Test
	void aFormWithoutCsrfTokenIsRefused() {
		assertThat(this.mvc.post().uri("/register").param("username", "alice").param("password", "correct-horse"))
			.hasStatus(403);
		verifyNoInteractions(this.accounts);
	}

	@Test
	void theLoginPageExplainsAFailure() {
		assertThat(this.mvc.get().uri("/login?error")).hasStatusOk()
			.model()
			.containsEntry("loginError", "login.failed");
	}

	@Test
	void theLoginPageSaysTheSessionEnded() {
		assertThat(this.mvc.get().uri("/login?expired")).hasStatusOk()
			.bodyText()
			.contains("Your session ended. Sign in again to continue.");
	}

	@Test
	void aProtectedPageSendsToSignInWhichNamesThatPage() {
		MvcTestResult first = this.mvc.get().uri("/cramp-now").exchange();
		assertThat(first).hasStatus3xxRedirection().hasRedirectedUrl("/login");
		MockHttpSession session = (MockHttpSession) first.getMvcResult().getRequest().getSession();
		assertThat(this.mvc.get().uri("/login").session(session)).hasStatusOk()
			.bodyText()
			.contains("Sign in to continue to Cramp now.");
	}

}
