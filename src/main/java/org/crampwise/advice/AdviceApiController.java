package org.crampwise.advice;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.crampwise.account.AccountId;

/**
 * {@code GET /api/v1/advice?asOf=DATE}: the ranked, explained advice of the contract. With {@code explain=true} the
 * answer also carries every rule's outcome, fired or not, so a client can show why a remedy was or was not
 * suggested.
 */
@RestController
class AdviceApiController {

	private final AdviceService advice;

	AdviceApiController(AdviceService advice) {
		this.advice = advice;
	}

	@Operation(summary = "The advice for the nights before a day", description = "Ranked recommendations, withheld remedies and red flags for the window of nights before asOf (default today); explain=true adds every rule's outcome.")
	@ApiResponse(responseCode = "200", description = "The advice")
	@GetMapping("/api/v1/advice")
	AdviceResponse advice(AccountId me, @RequestParam(required = false) @Nullable LocalDate asOf,
			@RequestParam(defaultValue = "false") boolean explain, Locale locale) {
		AdviceReport report = this.advice.advise(me, asOf, locale);
		return new AdviceResponse(report.asOf(), report.windowDays(), report.recommendations(), report.withheld(),
				report.redFlags(), report.seeClinician(), explain ? report.explanations() : null);
	}

	/** The contract's advice JSON, plus {@code explanations} when asked for. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record AdviceResponse(LocalDate asOf, int windowDays, List<Recommendation> recommendations,
			List<WithheldRemedy> withheld, List<RedFlag> redFlags, boolean seeClinician,
			@Nullable List<RuleExplanation> explanations) {
	}

}
