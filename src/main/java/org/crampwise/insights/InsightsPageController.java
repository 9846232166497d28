package org.crampwise.insights;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.crampwise.account.AccountId;
import org.crampwise.advice.NightlyFactor;
import org.crampwise.system.HtmlFragments;

/** {@code /insights}: the user's patterns, each chart with a table beside it (docs/insights.md). */
@Controller
class InsightsPageController {

	/** Weeks the page charts: the latest 26. */
	static final int CHART_WEEKS = 26;

	/** The page's content, kept as HTML per owner's data version and language ({@link InsightsService#page}). */
	static final String BODY = "insights/body :: content";

	private final InsightsService insights;

	private final HtmlFragments fragments;

	InsightsPageController(InsightsService insights, HtmlFragments fragments) {
		this.insights = insights;
		this.fragments = fragments;
	}

	@GetMapping("/insights")
	String page(AccountId me, Model model, HttpServletRequest request, HttpServletResponse response) {
		// the content depends on the owner's data, the range, the language and the links' context path only
		model.addAttribute("body", this.insights.page(me, request.getContextPath(),
				found -> this.fragments.render(BODY, content(found), request, response)));
		return "insights/page";
	}

	/** The model of the page's content ({@code insights/body.html}). */
	Map<String, Object> content(Insights found) {
		Map<String, Object> model = new HashMap<>();
		List<Insights.FactorInsight> decided = found.factors()
			.stream()
			.filter(f -> f.verdict() != Verdict.NOT_ENOUGH_DATA)
			.sorted(Comparator.comparing(Insights.FactorInsight::verdict))
			.toList();
		List<Insights.FactorInsight> waiting = found.factors()
			.stream()
			.filter(f -> f.verdict() == Verdict.NOT_ENOUGH_DATA && f.lag() == 0)
			.toList();
		List<Insights.Week> weeks = found.weeks()
			.subList(Math.max(0, found.weeks().size() - CHART_WEEKS), found.weeks().size());
		int maxHour = found.hours().stream().mapToInt(Insights.Hour::episodes).max().orElse(0);
		model.put("insights", found);
		model.put("decided", decided);
		model.put("waiting", waiting);
		model.put("weeks", weeks);
		model.put("maxHour", Math.max(1, maxHour));
		Map<NightlyFactor, String> names = this.insights.factorNames(LocaleContextHolder.getLocale());
		model.put("names", names);
		Map<Insights.FactorInsight, String> bundles = new HashMap<>();
		decided.forEach(f -> bundles.put(f, String.join(", ", f.bundle().stream().map(names::get).toList())));
		model.put("bundles", bundles);
		return model;
	}

}
