package org.crampwise.share;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.crampwise.account.AccountId;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.ResourceNotFoundException;
import org.crampwise.system.FormProblems;

/**
 * The export page's share forms: make a link, revoke one. Both post and redirect back to {@code /export}; a link
 * just made is handed over once, as a flash attribute, and a refused form comes back with its errors beside the
 * fields.
 */
@Controller
class ShareFormController {

	static final String BINDING = BindingResult.MODEL_KEY_PREFIX + "shareForm";

	private final ShareService shares;

	private final ShareUrls urls;

	ShareFormController(ShareService shares, ShareUrls urls) {
		this.shares = shares;
		this.urls = urls;
	}

	@PostMapping("/export/shares")
	String create(AccountId me, @ModelAttribute("shareForm") ShareForm form, BindingResult binding,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				ShareService.CreatedShare created = this.shares.create(me, form.from(), form.to(),
						form.expiresInDays());
				redirect.addFlashAttribute("createdShareUrl", this.urls.of(created.token()));
				redirect.addFlashAttribute("createdShareExpiresAt", created.expiresAt());
				redirect.addFlashAttribute("message", "share.created");
				return "redirect:/export#share-created";
			}
			catch (InvalidInputException ex) {
				FormProblems.reject(binding, ex.problems());
			}
		}
		redirect.addFlashAttribute("shareForm", form);
		redirect.addFlashAttribute(BINDING, binding);
		redirect.addFlashAttribute("error", "share.refused");
		return "redirect:/export#share-form";
	}

	@PostMapping("/export/shares/{id}/revoke")
	String revoke(AccountId me, @PathVariable long id, RedirectAttributes redirect) {
		this.shares.revoke(me, id);
		redirect.addFlashAttribute("message", "share.revoked");
		return "redirect:/export#share-" + id;
	}

	/** Another user's link id, or one that does not exist: the same friendly 404 page. */
	@ExceptionHandler(ResourceNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

}
