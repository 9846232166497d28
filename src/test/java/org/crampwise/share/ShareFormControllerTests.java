package org.crampwise.share;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.validation.BindingResult;

import org.crampwise.account.AccountId;
import org.crampwise.export.ExportRange;
import org.crampwise.system.FieldProblem;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.ResourceNotFoundException;
import org.crampwise.support.SignedIn;
import org.crampwise.support.WithAppSecurity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import org.springframework.context.annotation.Import;

import org.crampwise.system.PublicBaseUrl;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The export page's share forms: a link made is handed over once (flash), a refused form comes back with its
 * errors beside the fields, revoking redirects back, another user's link is the 404 page, and a form without its
 * CSRF token is refused.
 */
@WebMvcTest(ShareFormController.class)
@WithAppSecurity
@Import({ ShareUrls.class, PublicBaseUrl.class })
class ShareFormControllerTests {

	static final AccountId ALICE = new AccountId(7);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ShareService shares;

	@Test
	void aLinkMadeIsHandedOverOnceWithItsAbsoluteUrl() {
		given(this.shares.create(ALICE, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 26), 14))
			.willReturn(new ShareService.CreatedShare(3, "T".repeat(43), OffsetDateTime.parse("2026-12-11T10:00:00+01:00"),
					new ExportRange(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 26))));

		MvcTestResult result = this.mvc.post()
			.uri("/export/shares")
			.param("from", "2026-11-01")
			.param("to", "2026-11-26")
			.param("expiresInDays", "14")
			.with(SignedIn.as(7, "alice"))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/export#share-created");
		assertThat(result).flash()
			.containsEntry("createdShareUrl", "http://localhost/share/" + "T".repeat(43))
			.containsEntry("message", "share.created");
	}

	@Test
	void aRefusedFormComesBackWithItsErrors() {
		given(this.shares.create(ALICE, null, null, 400)).willThrow(new InvalidInputException(
				List.of(new FieldProblem("expiresInDays", "must be from 1 to 365 days"))));

		MvcTestResult result = this.mvc.post()
			.uri("/export/shares")
			.param("expiresInDays", "400")
			.with(SignedIn.as(7, "alice"))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/export#share-form");
		assertThat(result).flash().containsEntry("error", "share.refused").containsKey("shareForm");
		BindingResult binding = (BindingResult) result.getMvcResult().getFlashMap().get(ShareFormController.BINDING);
		assertThat(binding.getFieldError("expiresInDays").getDefaultMessage()).isEqualTo("Must be from 1 to 365 days.");
	}

	@Test
	void aNumberThatIsNotANumberIsRefusedBeforeTheService() {
		MvcTestResult result = this.mvc.post()
			.uri("/export/shares")
			.param("expiresInDays", "a week")
			.with(SignedIn.as(7, "alice"))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/export#share-form");
		BindingResult binding = (BindingResult) result.getMvcResult().getFlashMap().get(ShareFormController.BINDING);
		assertThat(binding.hasFieldErrors("expiresInDays")).isTrue();
		verify(this.shares, never()).create(any(), any(), any(), any());
	}

	@Test
	void revokingRedirectsBackToTheLink() {
		assertThat(this.mvc.post()
			.uri("/export/shares/3/revoke")
			.with(SignedIn.as(7, "alice"))
			.with(csrf())
			.exchange()).hasStatus3xxRedirection().hasRedirectedUrl("/export#share-3");
		verify(this.shares).revoke(ALICE, 3);
	}

	@Test
	void anotherUsersLinkIsTheNotFoundPage() {
		willThrow(new ResourceNotFoundException("share link", 4L)).given(this.shares).revoke(ALICE, 4);
		assertThat(this.mvc.post()
			.uri("/export/shares/4/revoke")
			.with(SignedIn.as(7, "alice"))
			.with(csrf())
			.exchange()).hasStatus(404).hasViewName("error/404");
	}

	@Test
	void aFormWithoutItsCsrfTokenIsRefused() {
		assertThat(this.mvc.post().uri("/export/shares/3/revoke").with(SignedIn.as(7, "alice")).exchange())
			.hasStatus(403);
		verify(this.shares, never()).revoke(any(), any(Long.class));
	}

}
