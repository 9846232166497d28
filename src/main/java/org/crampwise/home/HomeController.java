package org.crampwise.home;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.crampwise.account.AccountId;
import org.crampwise.account.Role;
import org.crampwise.nights.NightPrompts;
import org.crampwise.nights.NightService;
import org.crampwise.system.DataVersions;
import org.crampwise.system.HtmlFragments;
import org.crampwise.system.ReadModelCache;

/**
 * The home page, for visitors, patients and clinicians alike. A patient's part but tonight's experiment task
 * ({@code home/patient.html}) is rendered once and kept: per data version (the urgent flags, their dismissal and the
 * nights are the owner's data), name, tonight, the night the morning asks about, language and path; as templates it
 * was half of the page's time under load (issue 11). Tonight's task is rendered per request, as on the check-in page.
 */
@Controller
class HomeController {

	static final String VIEW = "welcome";

	/** The patient's part, with {@link HtmlFragments#PER_REQUEST_MARK} where tonight's experiment task goes. */
	static final String PATIENT = "home/patient :: content";

	/** How many rendered parts are kept (about 3 KB each), across users and times of day. */
	static final int PAGES_CACHED = 1_000;

	private final NightService nights;

	private final NightPrompts prompts;

	private final HtmlFragments fragments;

	private final ReadModelCache<PageKey, Page> pages;

	HomeController(NightService nights, NightPrompts prompts, HtmlFragments fragments, DataVersions versions) {
		this.nights = nights;
		this.prompts = prompts;
		this.fragments = fragments;
		this.pages = versions.cache(PAGES_CACHED);
	}

	@GetMapping("/")
	String welcome(@Nullable Authentication authentication, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		AccountId me = AccountId.of(authentication);
		if (me != null && authentication.getAuthorities().containsAll(Role.PATIENT.authorities())) {
			PageKey key = new PageKey(authentication.getName(), this.nights.tonight(me),
					this.prompts.morningCandidate(me), LocaleContextHolder.getLocale(), request.getContextPath());
			Page page = this.pages.get(me.value(), key, () -> render(request, response));
			model.addAttribute("homeTop", HtmlFragments.withCsrfOf(request, page.top()));
			model.addAttribute("homeRest", HtmlFragments.withCsrfOf(request, page.rest()));
		}
		return VIEW;
	}

	private Page render(HttpServletRequest request, HttpServletResponse response) {
		HtmlFragments.Around parts = this.fragments.renderSharedAround(PATIENT, java.util.Map.of(), request, response);
		return new Page(parts.before(), parts.after());
	}

	/**
	 * What the kept part depends on besides the owner's data: the greeting's name, tonight (the urgent flags are
	 * tonight's and last night's), the night the morning prompt may ask about (the time of day decides), the
	 * language and the links' path.
	 */
	record PageKey(String name, LocalDate tonight, @Nullable LocalDate morning, Locale locale, String contextPath) {
	}

	/** The kept part before and after tonight's task, with {@link HtmlFragments#CSRF_PLACEHOLDER} for the token. */
	record Page(String top, String rest) {
	}

}
