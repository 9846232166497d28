package org.crampwise.account;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.crampwise.system.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebMvcTest({ RegistrationController.class, LoginController.class })
@Import(SecurityConfiguration.class)
class RegistrationControllerTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	Accounts accounts;

	@Test
	void showsTheFormWithACsrfToken() {
		assertThat(this.mvc.get().uri("/register")).hasStatusOk()
			.hasViewName(RegistrationController.VIEW)
			.bodyText()
			.contains("name=\"_csrf\"")
			.contains("data-browser-time-zone");
	}

	@Test
	void aValidFormRegistersAndRedirectsToSignInWithTheName() {
		given(this.accounts.register(any())).willReturn(new AccountSummary(new AccountId(3), "nightowl",
				OffsetDateTime.parse("2026-11-20T10:00:00Z"), "UTC"));

		assertThat(this.mvc.post()
			.uri("/register")
			.with(csrf())
			.param("username", "NightOwl")
			.param("password", "calf-stretch-2026")
			.param("timeZone", "Europe/Berlin")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/login?username=nightowl")
			.flash()
			.containsEntry("message", "account.registered");
	}

	@Test
	void badFieldsAreShownBesideTheFieldsAndNothingIsRegistered() {
		assertThat(this.mvc.post().uri("/register").with(csrf()).param("username", "x").param("password", "short"))
			.hasStatusOk()
			.hasViewName(RegistrationController.VIEW)
			.model()
			.extractingBindingResult("registration")
			.hasFieldErrors("username", "password");
		verifyNoInteractions(this.accounts);
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

}
