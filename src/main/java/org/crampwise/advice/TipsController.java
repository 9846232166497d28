package org.crampwise.advice;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.crampwise.account.AccountId;

/**
 * "Your tips": the ranked remedies with their reasons and evidence, the red-flag banner on top, and "why not X?"
 * for every remedy that was withheld or not matched.
 */
@Controller
class TipsController {

	static final String VIEW = "advice/tips";

	private final AdviceService advice;

	TipsController(AdviceService advice) {
		this.advice = advice;
	}

	@GetMapping("/tips")
	String tips(AccountId me, Locale locale, Model model) {
		AdviceService.Evaluation evaluation = this.advice.evaluate(me, null, locale);
		AdviceReport report = evaluation.report();
		model.addAttribute("report", report);
		model.addAttribute("nothingLogged", evaluation.nothingLogged());
		model.addAttribute("whyNot", whyNot(report));
		return VIEW;
	}

	/** Every remedy that is not recommended, with what kept it out. */
	private static List<WhyNot> whyNot(AdviceReport report) {
		return Arrays.stream(Remedy.values())
			.filter(remedy -> report.recommendationOf(remedy).isEmpty())
			.map(remedy -> report.withholdingOf(remedy)
				.map(withheld -> new WhyNot(remedy, true, List.of(withheld.reason())))
				.orElseGet(() -> new WhyNot(remedy, false, report.explanationsOf(remedy)
					.stream()
					.filter(explanation -> !explanation.fired())
					.map(RuleExplanation::message)
					.distinct()
					.toList())))
			.toList();
	}

	/**
	 * Why a remedy is not among the tips.
	 * @param remedy the remedy
	 * @param withheld true when a safety rule holds it back, false when nothing in the data pointed to it
	 * @param reasons the withholding reason, or what each of its rules looked for and did not find
	 */
	record WhyNot(Remedy remedy, boolean withheld, List<String> reasons) {
	}

}
