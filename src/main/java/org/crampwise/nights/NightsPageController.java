package org.crampwise.nights;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.crampwise.account.AccountId;
import org.crampwise.system.ConflictException;
import org.crampwise.system.InvalidInputException;

/** The pages' "no cramps" button: marks the night and goes back to the page it came from. */
@Controller
class NightsPageController {

	private final NightService nights;

	NightsPageController(NightService nights) {
		this.nights = nights;
	}

	@PostMapping("/nights/{nightOf}/no-cramps")
	String markNoCramps(AccountId me, @PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate nightOf,
			@RequestParam(defaultValue = "/") String back, RedirectAttributes redirect) {
		try {
			this.nights.markNoCramps(me, nightOf);
			redirect.addFlashAttribute("message", "nights.marked");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("error", "nights.hasEpisodes");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "nights.future");
		}
		return "redirect:" + local(back);
	}

	@PostMapping("/nights/{nightOf}/no-cramps/delete")
	String unmarkNoCramps(AccountId me, @PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate nightOf,
			@RequestParam(defaultValue = "/") String back, RedirectAttributes redirect) {
		this.nights.unmarkNoCramps(me, nightOf);
		redirect.addFlashAttribute("message", "nights.unmarked");
		return "redirect:" + local(back);
	}

	/** Only a path of this site: never an open redirect. */
	static String local(String back) {
		return (back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") && !back.contains(":"))
				? back : "/";
	}

}
