package org.crampwise.account;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.crampwise.system.ConflictException;
import org.crampwise.system.InvalidInputException;

/**
 * The registration page. On success it sends the new user to the sign-in page with the name filled in.
 */
@Controller
class RegistrationController {

	static final String VIEW = "account/register";

	private final Accounts accounts;

	RegistrationController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/register")
	String initRegistrationForm(Model model) {
		model.addAttribute("registration", new Registration(null, null, null));
		return VIEW;
	}

	@PostMapping("/register")
	String processRegistrationForm(@Valid @ModelAttribute("registration") Registration registration,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return VIEW;
		}
		try {
			AccountSummary account = this.accounts.register(registration);
			redirect.addFlashAttribute("message", "account.registered");
			redirect.addAttribute("username", account.username());
			return "redirect:/login";
		}
		catch (InvalidInputException ex) {
			ex.problems().forEach(p -> result.rejectValue(p.field(), "invalid", p.message()));
			return VIEW;
		}
		catch (ConflictException ex) {
			result.rejectValue(ex.field(), "account.username.taken", ex.getMessage());
			return VIEW;
		}
	}

}
