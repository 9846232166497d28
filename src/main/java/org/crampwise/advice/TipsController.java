package org.crampwise.advice;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.crampwise.account.AccountId;
import org.crampwise.system.HtmlFragments;

/**
 * "Your tips": the ranked remedies with their reasons and evidence, the red-flag banner on top, and "why not X?"
 * for every remedy that was withheld or not matched.
 */
@Controller
class TipsController {

	static final String VIEW = "advice/tips";

	/**
	 * The page's content, kept as HTML per owner's data version, day and language ({@link AdviceService#page}): it
	 * depends on nothing else but the links' context path (the care team's notes raise the data version too).
	 */
	static final String BODY = "advice/tips-body :: content";

	private final AdviceService advice;

	private final HtmlFragments fragments;

	TipsController(AdviceService advice, HtmlFragments fragments) {
		this.advice = advice;
		this.fragments = fragments;
	}

	@GetMapping("/tips")
	String tips(AccountId me, Locale locale, Model model, HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("body", this.advice.page(me, locale, request.getContextPath(),
				evaluation -> this.fragments.render(BODY, content(evaluation), request, response)));
		return VIEW;
	}

	/** The model of the page's content ({@code advice/tips-body.html}). */
	static Map<String, Object> content(AdviceService.Evaluation evaluation) {
		AdviceReport report = evaluation.report();
		return Map.of("report", report, "nothingLogged", evaluation.nothingLogged(), "whyNot", whyNot(report));
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
