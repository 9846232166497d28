package org.crampwise.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import org.crampwise.system.ConflictException;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.FormProblems;

/**
 * The registration page. On success the new user is signed in and sees their recovery codes, once.
 */
@Controller
class RegistrationController {

	static final String VIEW = "account/register";

	static final String CODES_VIEW = "account/recovery-codes";

	private final Accounts accounts;

	private final RecoveryCodes recoveryCodes;

	private final SignIn signIn;

	RegistrationController(Accounts accounts, RecoveryCodes recoveryCodes, SignIn signIn) {
		this.accounts = accounts;
		this.recoveryCodes = recoveryCodes;
		this.signIn = signIn;
	}

	@GetMapping("/register")
	String initRegistrationForm(Model model) {
		model.addAttribute("registration", Registration.patient(null, null, null));
		return VIEW;
	}

	@PostMapping("/register")
	String processRegistrationForm(@Valid @ModelAttribute("registration") Registration registration,
			BindingResult result, HttpServletRequest request, HttpServletResponse response, Model model) {
		if (result.hasErrors()) {
			return VIEW;
		}
		try {
			AccountSummary account = this.accounts.register(registration);
			this.signIn.signIn(account.username(), request, response);
			// shown in this response only, never stored in the session: a reload cannot show them again
			model.addAttribute("codes", this.recoveryCodes.regenerate(account.id()));
			model.addAttribute("registered", true);
			return CODES_VIEW;
		}
		catch (InvalidInputException ex) {
			FormProblems.reject(result, ex.problems());
			return VIEW;
		}
		catch (ConflictException ex) {
			FormProblems.reject(result, ex);
			return VIEW;
		}
	}

}
