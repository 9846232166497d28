package org.crampwise.advice;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public remedies library: all ten remedies in plain words, with how to do them, their evidence grade and
 * cautions, what to see a clinician for, and what Crampwise never suggests. No sign-in needed.
 */
@Controller
class RemediesController {

	static final String VIEW = "advice/remedies";

	@GetMapping("/remedies")
	String remedies(Model model) {
		model.addAttribute("remedies", List.of(Remedy.values()));
		model.addAttribute("grades", List.of(EvidenceGrade.values()));
		return VIEW;
	}

}
