package org.crampwise.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.crampwise.system.InvalidInputException;

/**
 * "Forgot your password?": username, one recovery code and a new password. Throttled like a sign-in; an unknown
 * name, a wrong code and a used code get the same answer.
 */
@Controller
class RecoveryController {

	static final String VIEW = "account/recover";

	private final Credentials credentials;

	RecoveryController(Credentials credentials) {
		this.credentials = credentials;
	}

	@GetMapping("/recover")
	String form() {
		return VIEW;
	}

	@PostMapping("/recover")
	String recover(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String code,
			@RequestParam(defaultValue = "") String newPassword, Model model, RedirectAttributes redirect) {
		model.addAttribute("username", username);
		if (username.isBlank() || username.length() > 100 || code.isBlank() || code.length() > 100) {
			model.addAttribute("recoverError", "recover.failed");
			return VIEW;
		}
		boolean done;
		try {
			done = this.credentials.recover(username, code, newPassword);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("newPasswordError", "password.newPassword.invalid");
			return VIEW;
		}
		if (!done) {
			model.addAttribute("recoverError",
					this.credentials.isPaused(username) ? "recover.paused" : "recover.failed");
			return VIEW;
		}
		redirect.addFlashAttribute("message", "recover.done");
		redirect.addAttribute("username", Account.normalize(username));
		return "redirect:/login";
	}

}
