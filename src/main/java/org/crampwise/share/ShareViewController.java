package org.crampwise.share;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import org.crampwise.export.ExportDownloads;
import org.crampwise.export.ExportFormat;
import org.crampwise.export.ExportService;

/**
 * The clinician's view, public: {@code /share/{token}} is the read-only review page (the report's summary, the
 * chart, the medications and the episode table of the shared nights) with links to that range's PDF, CSV and FHIR
 * files. Every opening is logged before anything is shown. An unknown or revoked token answers 404, an expired one
 * 410, both as a friendly page. {@link ShareHeadersFilter} keeps these responses out of search engines, caches and
 * referrers.
 */
@Controller
class ShareViewController {

	static final String VIEW = "share/view";

	static final String UNAVAILABLE = "share/unavailable";

	private final ShareService shares;

	private final ExportService exports;

	private final ExportDownloads downloads;

	ShareViewController(ShareService shares, ExportService exports, ExportDownloads downloads) {
		this.shares = shares;
		this.exports = exports;
		this.downloads = downloads;
	}

	@GetMapping("/share/{token}")
	String view(@PathVariable String token, Locale locale, Model model, HttpServletRequest request) {
		ShareService.OpenedShare share = this.shares.open(token, AccessKind.VIEW, request.getRemoteAddr());
		model.addAttribute("report", this.exports.report(share.owner(), share.range(), locale));
		model.addAttribute("expiresAt", share.expiresAt());
		model.addAttribute("token", token);
		model.addAttribute("noindex", true);
		return VIEW;
	}

	@GetMapping("/share/{token}/episodes.csv")
	void episodes(@PathVariable String token, Locale locale, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		send(token, ExportFormat.EPISODES_CSV, AccessKind.CSV, locale, request, response);
	}

	@GetMapping("/share/{token}/checkins.csv")
	void checkIns(@PathVariable String token, Locale locale, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		send(token, ExportFormat.CHECKINS_CSV, AccessKind.CSV, locale, request, response);
	}

	@GetMapping("/share/{token}/report.pdf")
	void report(@PathVariable String token, Locale locale, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		send(token, ExportFormat.REPORT_PDF, AccessKind.PDF, locale, request, response);
	}

	@GetMapping("/share/{token}/fhir")
	void fhir(@PathVariable String token, Locale locale, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		send(token, ExportFormat.FHIR_BUNDLE, AccessKind.FHIR, locale, request, response);
	}

	/** 404 (unknown or revoked) or 410 (expired), as a page in the layout. */
	@ExceptionHandler(ShareUnavailableException.class)
	ModelAndView unavailable(ShareUnavailableException ex) {
		ModelAndView page = new ModelAndView(UNAVAILABLE);
		page.addObject("expired", ex.expired());
		page.addObject("noindex", true);
		page.setStatus(ex.expired() ? HttpStatus.GONE : HttpStatus.NOT_FOUND);
		return page;
	}

	@ExceptionHandler(ShareRateLimitedException.class)
	ModelAndView tooOften(ShareRateLimitedException ex) {
		ModelAndView page = new ModelAndView(UNAVAILABLE);
		page.addObject("limited", true);
		page.addObject("noindex", true);
		page.setStatus(HttpStatus.TOO_MANY_REQUESTS);
		return page;
	}

	private void send(String token, ExportFormat format, AccessKind what, Locale locale, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		ShareService.OpenedShare share = this.shares.open(token, what, request.getRemoteAddr());
		this.downloads.send(format, share.owner(), share.range(), locale, response);
	}

}
