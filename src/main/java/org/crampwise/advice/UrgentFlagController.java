package org.crampwise.advice;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.crampwise.account.AccountId;

/** "I have dealt with it": dismisses the urgent flag on the home page (see {@link UrgentFlags}). */
@Controller
class UrgentFlagController {

	private final UrgentFlags flags;

	UrgentFlagController(UrgentFlags flags) {
		this.flags = flags;
	}

	@PostMapping("/urgent-flags/dismiss")
	String dismiss(AccountId me, RedirectAttributes redirect) {
		this.flags.dismiss(me);
		redirect.addFlashAttribute("message", "urgent.flash.dismissed");
		return "redirect:/";
	}

}
