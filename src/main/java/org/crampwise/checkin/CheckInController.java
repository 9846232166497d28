package org.crampwise.checkin;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.crampwise.account.AccountId;
import org.crampwise.system.DataVersions;
import org.crampwise.system.HtmlFragments;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.ReadModelCache;
import org.crampwise.system.ResourceNotFoundException;
import org.crampwise.system.FormProblems;

/**
 * The check-in pages: {@code /checkin} is tonight's, {@code /checkin/{nightOf}} any earlier night's. A night without
 * a check-in starts from the latest earlier one, so an unchanged day takes one tap.
 * <p>
 * The page's content but tonight's experiment task ({@code checkin/body.html}) depends only on the owner's data, the
 * night shown, tonight, the language and the application's path: it is rendered once per data version and those and
 * kept ({@link ReadModelCache}), the forms' CSRF token a placeholder that each request fills with its own; with the
 * reads of the look-back nights it was most of the page's cost (issue 11). A refused form is rendered afresh.
 */
@Controller
class CheckInController {

	static final String VIEW = "checkin/form";

	static final String FORM = "checkInForm";

	/** How many nights back the page lists for looking back. */
	static final int RECENT_NIGHTS = 14;

	/** The fragment of everything on the page but tonight's experiment task. */
	static final String BODY = "checkin/body :: content";


	/** How many rendered pages are kept (about 14 KB each), across users and nights. */
	static final int PAGES_CACHED = 1_000;

	private final CheckInService checkIns;

	private final HtmlFragments fragments;

	private final ReadModelCache<PageKey, Page> pages;

	/** The form's questions as HTML, with their texts per locale. */
	private final CheckInFieldsHtml fields = new CheckInFieldsHtml();

	CheckInController(CheckInService checkIns, HtmlFragments fragments, DataVersions versions) {
		this.checkIns = checkIns;
		this.fragments = fragments;
		this.pages = versions.cache(PAGES_CACHED);
	}

	/** Tonight's check-in, or with {@code ?night=} (the page's "go to night" field) that night's. */
	@GetMapping("/checkin")
	String initTonightForm(AccountId me,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate night, Model model,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		LocalDate tonight = this.checkIns.tonight(me);
		if (night != null) {
			return redirectTo(night, tonight);
		}
		return initForm(me, tonight, tonight, model, redirect, request, response);
	}

	@GetMapping("/checkin/{nightOf}")
	String initNightForm(AccountId me, @PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate nightOf, Model model,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		return initForm(me, nightOf, this.checkIns.tonight(me), model, redirect, request, response);
	}

	private String initForm(AccountId me, LocalDate night, LocalDate tonight, Model model,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		if (night.isAfter(tonight)) {
			redirect.addFlashAttribute("error", "checkin.future");
			return "redirect:/checkin";
		}
		Page page = this.pages.get(me.value(),
				new PageKey(night, tonight, LocaleContextHolder.getLocale(), request.getContextPath()), () -> {
					Model content = new ExtendedModelMap();
					fill(me, night, tonight, content);
					return render(content.asMap(), request, response);
				});
		return view(page, model, request);
	}

	/** The form of the night as saved, or as the latest earlier night left it, and the rest of the page. */
	private void fill(AccountId me, LocalDate night, LocalDate tonight, Model model) {
		// the look-back strip's nights (newest first) answer most pages' other two questions without a query of
		// their own: whether the night was saved, and which earlier night a new one starts from
		LocalDate from = firstRecentNight(tonight);
		List<CheckIn> recent = this.checkIns.checkInsBetween(me, from, tonight);
		boolean inStrip = !night.isBefore(from);
		Optional<CheckIn> saved = inStrip ? recent.stream().filter(c -> c.nightOf().equals(night)).findFirst()
				: this.checkIns.checkIn(me, night);
		CheckInForm form;
		LocalDate prefilledFrom = null;
		if (saved.isPresent()) {
			form = CheckInForm.of(saved.get());
		}
		else {
			Optional<CheckIn> earlier = inStrip ? recent.stream().filter(c -> c.nightOf().isBefore(night)).findFirst()
					: Optional.empty();
			if (earlier.isEmpty()) {
				// none in the strip before the night: the latest before the strip (or before the night, outside it)
				earlier = this.checkIns.latestBefore(me, inStrip ? from : night);
			}
			form = earlier.map(CheckInForm::of).orElse(CheckInForm.BLANK);
			prefilledFrom = earlier.map(CheckIn::nightOf).orElse(null);
		}
		model.addAttribute(FORM, form);
		show(night, tonight, saved.isPresent(), prefilledFrom, savedNights(recent), model);
	}

	@PostMapping("/checkin/{nightOf}")
	String processForm(AccountId me, @PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate nightOf,
			@ModelAttribute(FORM) CheckInForm form, BindingResult result,
			@RequestParam(name = "sameAsLastNight", defaultValue = "false") boolean sameAsLastNight, Model model,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		LocalDate tonight = this.checkIns.tonight(me);
		if (result.hasErrors()) {
			return showAgain(me, nightOf, tonight, model, request, response);
		}
		try {
			CheckIn answers = form.toCheckIn(nightOf);
			if (sameAsLastNight) {
				this.checkIns.save(me, answers, true);
			}
			else {
				this.checkIns.save(me, answers);
			}
		}
		catch (InvalidInputException ex) {
			FormProblems.reject(result, ex.problems(), field -> {
				String pageField = CheckInForm.pageField(field);
				return CheckInForm.hasField(pageField) ? pageField : null;
			});
			return showAgain(me, nightOf, tonight, model, request, response);
		}
		redirect.addFlashAttribute("message", "checkin.saved");
		return redirectTo(nightOf, tonight);
	}

	@PostMapping("/checkin/{nightOf}/delete")
	String delete(AccountId me, @PathVariable @DateTimeFormat(iso = ISO.DATE) LocalDate nightOf,
			RedirectAttributes redirect) {
		try {
			this.checkIns.delete(me, nightOf);
			redirect.addFlashAttribute("message", "checkin.deleted");
		}
		catch (ResourceNotFoundException ex) {
			redirect.addFlashAttribute("error", "checkin.notFound");
		}
		return redirectTo(nightOf, this.checkIns.tonight(me));
	}

	/** The form with the answers just sent and their errors, rendered afresh (never kept). */
	private String showAgain(AccountId me, LocalDate night, LocalDate tonight, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		show(night, tonight, this.checkIns.checkIn(me, night).isPresent(), null,
				savedNights(this.checkIns.checkInsBetween(me, firstRecentNight(tonight), tonight)), model);
		return view(render(model.asMap(), request, response), model, request);
	}

	/** The page's content rendered with {@code content} (the model {@link #show} made), split at the task. */
	private Page render(Map<String, Object> content, HttpServletRequest request, HttpServletResponse response) {
		HtmlFragments.Around parts = this.fragments.renderSharedAround(BODY, content, request, response);
		return new Page(Collections.unmodifiableMap(new LinkedHashMap<>(content)), parts.before(), parts.after());
	}

	/** The page around the kept content: its model (the task asks whether the night is tonight), with this request's token. */
	private static String view(Page page, Model model, HttpServletRequest request) {
		model.addAllAttributes(page.model());
		model.addAttribute("checkInTop", HtmlFragments.withCsrfOf(request, page.top()));
		model.addAttribute("checkInRest", HtmlFragments.withCsrfOf(request, page.rest()));
		return VIEW;
	}

	private static LocalDate firstRecentNight(LocalDate tonight) {
		return tonight.minusDays(RECENT_NIGHTS - 1);
	}

	private static List<LocalDate> savedNights(List<CheckIn> recent) {
		return recent.stream().map(CheckIn::nightOf).toList();
	}

	private void show(LocalDate night, LocalDate tonight, boolean saved, @Nullable LocalDate prefilledFrom,
			List<LocalDate> savedNights, Model model) {
		model.addAttribute("night", night);
		model.addAttribute("tonight", tonight);
		model.addAttribute("isTonight", night.equals(tonight));
		model.addAttribute("saved", saved);
		model.addAttribute("prefilledFrom", prefilledFrom);
		model.addAttribute("previousNight", night.minusDays(1));
		model.addAttribute("nextNight", night.isBefore(tonight) ? night.plusDays(1) : null);
		model.addAttribute("recentNights",
				Stream.iterate(tonight, n -> n.minusDays(1))
					.limit(RECENT_NIGHTS)
					.map(n -> new CheckInFieldsHtml.RecentNight(n, savedNights.contains(n), n.equals(night)))
					.toList());
		model.addAttribute("checkInFields", this.fields);
	}

	private static String redirectTo(LocalDate night, LocalDate tonight) {
		return night.equals(tonight) ? "redirect:/checkin" : "redirect:/checkin/" + night;
	}

	/** What the kept content depends on besides the owner's data. */
	record PageKey(LocalDate night, LocalDate tonight, Locale locale, String contextPath) {
	}

	/**
	 * The kept content: the model it was rendered with, and its HTML before and after the experiment task, with
	 * {@link HtmlFragments#CSRF_PLACEHOLDER} for the forms' token.
	 */
	record Page(Map<String, Object> model, String top, String rest) {
	}

}
