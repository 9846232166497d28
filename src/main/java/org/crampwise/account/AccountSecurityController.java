package org.crampwise.account;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.crampwise.system.InvalidInputException;

/**
 * The account's security pages under {@code /profile}: change the password, the signed-in devices (revoke one or
 * all others), and new recovery codes.
 */
@Controller
class AccountSecurityController {

	static final String PASSWORD_VIEW = "account/password";

	static final String DEVICES_VIEW = "account/devices";

	static final String RECOVERY_VIEW = "account/recovery";

	private final Credentials credentials;

	private final RememberMeTokenRepository devices;

	private final AccountSessions sessions;

	private final RecoveryCodes recoveryCodes;

	private final DatabaseRememberMeServices rememberMe;

	private final Accounts accounts;

	AccountSecurityController(Credentials credentials, RememberMeTokenRepository devices, AccountSessions sessions,
			RecoveryCodes recoveryCodes, DatabaseRememberMeServices rememberMe, Accounts accounts) {
		this.credentials = credentials;
		this.devices = devices;
		this.sessions = sessions;
		this.recoveryCodes = recoveryCodes;
		this.rememberMe = rememberMe;
		this.accounts = accounts;
	}

	@GetMapping("/profile/password")
	String passwordForm() {
		return PASSWORD_VIEW;
	}

	@PostMapping("/profile/password")
	String changePassword(@AuthenticationPrincipal AccountPrincipal me,
			@RequestParam(defaultValue = "") String currentPassword, @RequestParam(defaultValue = "") String newPassword,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		try {
			this.credentials.change(me.accountId(), currentPassword, newPassword, sessionId(request),
					this.rememberMe.currentSeries(request).orElse(null));
		}
		catch (InvalidInputException ex) {
			ex.problems().forEach(p -> model.addAttribute(p.field() + "Error", "password." + p.field() + ".invalid"));
			return PASSWORD_VIEW;
		}
		redirect.addFlashAttribute("message", "password.changed");
		return "redirect:/profile/devices";
	}

	@GetMapping("/profile/devices")
	@Transactional(readOnly = true)
	String devices(@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request, Model model) {
		ZoneId zone = this.accounts.zoneOf(me.accountId());
		@Nullable String series = this.rememberMe.currentSeries(request).orElse(null);
		List<DeviceView> list = this.devices.findByAccountIdOrderByLastUsedAtDesc(me.accountId().value())
			.stream()
			.map(t -> new DeviceView(t.id(), t.deviceLabel(), t.createdAt().atZone(zone).toLocalDateTime(),
					t.lastUsedAt().atZone(zone).toLocalDateTime(), Objects.equals(t.series(), series)))
			.toList();
		model.addAttribute("devices", list);
		model.addAttribute("otherSessions", Math.max(0, this.sessions.count(me.getUsername()) - 1));
		return DEVICES_VIEW;
	}

	@PostMapping("/profile/devices/{id}/revoke")
	@Transactional
	String revoke(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, RedirectAttributes redirect) {
		// another user's id deletes nothing: the delete filters by the signed-in account
		if (this.devices.deleteByAccountIdAndId(me.accountId().value(), id) == 1) {
			this.sessions.endDevice(me.getUsername(), id);
		}
		redirect.addFlashAttribute("message", "devices.revoked");
		return "redirect:/profile/devices";
	}

	@PostMapping("/profile/devices/revoke-others")
	@Transactional
	String revokeOthers(@AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request,
			RedirectAttributes redirect) {
		@Nullable String series = this.rememberMe.currentSeries(request).orElse(null);
		if (series != null) {
			this.devices.deleteByAccountIdAndSeriesNot(me.accountId().value(), series);
		}
		else {
			this.devices.deleteByAccountId(me.accountId().value());
		}
		this.sessions.endAll(me.getUsername(), sessionId(request));
		redirect.addFlashAttribute("message", "devices.revokedOthers");
		return "redirect:/profile/devices";
	}

	@GetMapping("/profile/recovery-codes")
	String recovery(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		model.addAttribute("remaining", this.recoveryCodes.remaining(me.accountId()));
		return RECOVERY_VIEW;
	}

	@PostMapping("/profile/recovery-codes")
	String regenerate(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		model.addAttribute("codes", this.recoveryCodes.regenerate(me.accountId()));
		return RegistrationController.CODES_VIEW;
	}

	private static @Nullable String sessionId(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return (session != null) ? session.getId() : null;
	}

	record DeviceView(long id, String label, java.time.LocalDateTime createdAt, java.time.LocalDateTime lastUsedAt,
			boolean current) {
	}

}
