package org.crampwise.account;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.crampwise.system.ConflictException;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.ResourceNotFoundException;
import org.crampwise.system.FormProblems;

/**
 * {@code /profile/tokens}: make, see and revoke API tokens. A token just made is shown once, as a flash attribute;
 * a refused form comes back with its errors beside the fields.
 */
@Controller
class TokenPageController {

	static final String VIEW = "account/tokens";

	static final String BINDING = BindingResult.MODEL_KEY_PREFIX + "tokenForm";

	private final ApiTokens tokens;

	TokenPageController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/profile/tokens")
	String page(AccountId me, Model model) {
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", new TokenForm(null, TokenScope.READ, ApiTokens.DEFAULT_DAYS));
		}
		model.addAttribute("tokens", this.tokens.list(me));
		model.addAttribute("scopes", TokenScope.values());
		model.addAttribute("tokenMaxDays", ApiTokens.MAX_DAYS);
		return VIEW;
	}

	@PostMapping("/profile/tokens")
	String create(AccountId me, @ModelAttribute("tokenForm") TokenForm form, BindingResult binding,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				ApiTokens.CreatedToken created = this.tokens.create(me, form.name(), form.scope(),
						form.expiresInDays());
				redirect.addFlashAttribute("createdToken", created.secret());
				redirect.addFlashAttribute("createdTokenName", created.token().name());
				redirect.addFlashAttribute("message", "tokens.created");
				return "redirect:/profile/tokens#token-created";
			}
			catch (InvalidInputException ex) {
				FormProblems.reject(binding, ex.problems());
			}
			catch (ConflictException ex) {
				FormProblems.reject(binding, ex);
			}
		}
		redirect.addFlashAttribute("tokenForm", form);
		redirect.addFlashAttribute(BINDING, binding);
		redirect.addFlashAttribute("error", "tokens.refused");
		return "redirect:/profile/tokens#token-form";
	}

	@PostMapping("/profile/tokens/{id}/revoke")
	String revoke(AccountId me, @PathVariable long id, RedirectAttributes redirect) {
		this.tokens.revoke(me, id);
		redirect.addFlashAttribute("message", "tokens.revoked");
		return "redirect:/profile/tokens";
	}

	/** Another user's token id, or one that does not exist: the same friendly 404 page. */
	@ExceptionHandler(ResourceNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	/**
	 * The "make a token" form. Serializable: a refused form travels back as a flash attribute, in the session.
	 *
	 * @param name what the token is for
	 * @param scope READ or WRITE
	 * @param expiresInDays days until it stops working
	 */
	record TokenForm(@Nullable String name, @Nullable TokenScope scope, @Nullable Integer expiresInDays)
			implements Serializable {
	}

}
