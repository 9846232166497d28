package org.crampwise.insights;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.crampwise.account.AccountId;
import org.crampwise.advice.NightlyFactor;

/** {@code /insights}: the user's patterns, each chart with a table beside it (docs/insights.md). */
@Controller
class InsightsPageController {

	/** Weeks the page charts: the latest 26. */
	static final int CHART_WEEKS = 26;

	private final InsightsService insights;

	InsightsPageController(InsightsService insights) {
		this.insights = insights;
	}

	@GetMapping("/insights")
	String page(AccountId me, Model model) {
		Insights found = this.insights.insights(me, null, null);
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
		model.addAttribute("insights", found);
		model.addAttribute("decided", decided);
		model.addAttribute("waiting", waiting);
		model.addAttribute("weeks", weeks);
		model.addAttribute("maxHour", Math.max(1, maxHour));
		Map<NightlyFactor, String> names = this.insights.factorNames(LocaleContextHolder.getLocale());
		model.addAttribute("names", names);
		Map<Insights.FactorInsight, String> bundles = new HashMap<>();
		decided.forEach(f -> bundles.put(f, String.join(", ", f.bundle().stream().map(names::get).toList())));
		model.addAttribute("bundles", bundles);
		return "insights/page";
	}

}
