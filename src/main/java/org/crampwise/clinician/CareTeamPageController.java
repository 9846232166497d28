package org.crampwise.clinician;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.crampwise.account.AccountId;
import org.crampwise.account.Accounts;
import org.crampwise.system.ResourceNotFoundException;

/**
 * {@code /care-team}: the patient enters a clinician's code, sees the clinician's name before confirming, lists
 * who has access and everything each one opened, and revokes at any time. Patient accounts only.
 */
@Controller
class CareTeamPageController {

	private final CareTeam careTeam;

	private final Accounts accounts;

	CareTeamPageController(CareTeam careTeam, Accounts accounts) {
		this.accounts = accounts;
		this.careTeam = careTeam;
	}

	@GetMapping("/care-team")
	String page(AccountId me, Model model) {
		List<CareTeam.Grant> grants = this.careTeam.allGrants(me);
		Map<Long, List<CareTeam.Access>> accesses = new LinkedHashMap<>();
		grants.forEach(grant -> accesses.put(grant.id(), this.careTeam.accesses(me, grant.id())));
		model.addAttribute("active", grants.stream().filter(g -> g.revokedAt() == null).toList());
		model.addAttribute("ended", grants.stream().filter(g -> g.revokedAt() != null).toList());
		model.addAttribute("accesses", accesses);
		model.addAttribute("zone", this.accounts.zoneOf(me));
		return "care-team/page";
	}

	/** Step one: the code is looked up, and the clinician's name shown with a confirm button; nothing is stored. */
	@PostMapping("/care-team/preview")
	String preview(AccountId me, @RequestParam(defaultValue = "") String code, Model model,
			RedirectAttributes redirect) {
		try {
			CareTeam.Invite invite = this.careTeam.preview(code);
			model.addAttribute("code", code.strip());
			model.addAttribute("invite", invite);
			return "care-team/confirm";
		}
		catch (ResourceNotFoundException ex) {
			redirect.addFlashAttribute("error", "careteam.code.unknown");
			return "redirect:/care-team#join";
		}
	}

	@PostMapping("/care-team/join")
	String join(AccountId me, @RequestParam(defaultValue = "") String code, RedirectAttributes redirect) {
		try {
			this.careTeam.join(me, code);
			redirect.addFlashAttribute("message", "careteam.joined");
		}
		catch (ResourceNotFoundException ex) {
			redirect.addFlashAttribute("error", "careteam.code.unknown");
		}
		return "redirect:/care-team";
	}

	@PostMapping("/care-team/{id}/revoke")
	String revoke(AccountId me, @PathVariable long id, RedirectAttributes redirect) {
		this.careTeam.revoke(me, id);
		redirect.addFlashAttribute("message", "careteam.revoked");
		return "redirect:/care-team";
	}

	@ExceptionHandler(ResourceNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

}
