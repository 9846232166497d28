package org.crampwise.profile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;

import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.HtmlUtils;

import org.crampwise.account.AccountId;
import org.crampwise.system.DataVersions;
import org.crampwise.system.HtmlFragments;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.ReadModelCache;
import org.crampwise.system.ResourceNotFoundException;
import org.crampwise.account.Accounts;
import org.crampwise.system.FormProblems;

/**
 * The profile page ({@code /profile}): birth year, pregnancy, conditions and time zone, and the medications list
 * with add, edit, stop and delete. Another user's medication id is a 404 page.
 */
@Controller
class ProfileController {

	static final String VIEW = "profile/form";

	static final String MEDICATION_VIEW = "profile/medication";

	/** Region-based zone ids (Europe/Paris) and UTC, sorted: the choices of the time zone select. */
	static final List<String> ZONES = ZoneId.getAvailableZoneIds()
		.stream()
		.filter(id -> (id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")) || id.equals("UTC"))
		.sorted()
		.toList();

	private final ProfileService profiles;

	private final MedicationService medications;

	private final MedicationCatalog catalog;

	private final Accounts accounts;

	private final LocaleResolver localeResolver;

	private final ProfileFieldsHtml fields = new ProfileFieldsHtml();

	/** The page's content below its script, kept per {@link PageKey} and data version. */
	static final String BODY = "profile/body :: content";

	/** How many rendered pages are kept (about 40 KB each, most of it the time zone options), across users. */
	static final int PAGES_CACHED = 500;

	private final HtmlFragments fragments;

	private final ReadModelCache<PageKey, Page> pages;

	ProfileController(ProfileService profiles, MedicationService medications, MedicationCatalog catalog,
			Accounts accounts, LocaleResolver localeResolver, HtmlFragments fragments, DataVersions versions) {
		this.fragments = fragments;
		this.pages = versions.cache(PAGES_CACHED);
		this.accounts = accounts;
		this.localeResolver = localeResolver;
		this.profiles = profiles;
		this.medications = medications;
		this.catalog = catalog;
	}

	/**
	 * The page as first shown. Its content depends on the settings read here (the profile, and the zone and language
	 * kept on the account, which are no {@code ReadModelSource}), the medications (which are: the data version), the
	 * language and the path: it is rendered once per those and kept, the forms' CSRF token a placeholder that each
	 * request fills with its own (issue 11: the template was most of the page's cost).
	 */
	@GetMapping("/profile")
	String initProfileForm(AccountId me, Model model, HttpServletRequest request, HttpServletResponse response) {
		ProfileService.Settings settings = this.profiles.settings(me);
		Page page = this.pages.get(me.value(),
				new PageKey(settings, LocaleContextHolder.getLocale(), request.getContextPath()), () -> {
					Model content = new ExtendedModelMap();
					content.addAttribute("profileForm",
							ProfileForm.of(settings.profile(), settings.timeZone(), settings.language()));
					content.addAttribute("medicationForm", MedicationForm.BLANK);
					fill(me, content, settings.timeZone());
					return new Page(Collections.unmodifiableMap(new LinkedHashMap<>(content.asMap())),
							this.fragments.renderShared(BODY, content.asMap(), request, response));
				});
		model.addAllAttributes(page.model());
		model.addAttribute("profileBody", HtmlFragments.withCsrfOf(request, page.html()));
		return VIEW;
	}

	@PostMapping("/profile")
	String processProfileForm(AccountId me, @ModelAttribute("profileForm") ProfileForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("medicationForm", MedicationForm.BLANK);
		if (result.hasErrors()) {
			return show(me, model, request, response);
		}
		try {
			this.profiles.update(me, form.toChange());
			Locale language = this.accounts.changeLanguage(me, form.language());
			this.localeResolver.setLocale(request, response, language);
		}
		catch (InvalidInputException ex) {
			FormProblems.reject(result, ex.problems());
			return show(me, model, request, response);
		}
		redirect.addFlashAttribute("message", "profile.saved");
		return "redirect:/profile";
	}

	@PostMapping("/profile/medications")
	String processAddMedication(AccountId me, @ModelAttribute("medicationForm") MedicationForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		ProfileService.Settings settings = this.profiles.settings(me);
		model.addAttribute("profileForm", ProfileForm.of(settings.profile(), settings.timeZone(), settings.language()));
		if (result.hasErrors()) {
			return show(me, model, settings.timeZone(), request, response);
		}
		try {
			this.medications.add(me, form.toDraft());
		}
		catch (InvalidInputException ex) {
			FormProblems.reject(result, ex.problems());
			return show(me, model, settings.timeZone(), request, response);
		}
		redirect.addFlashAttribute("message", savedAsOther(form) ? "medication.addedAsOther" : "medication.added");
		return "redirect:/profile#medications";
	}

	/** A name the catalog does not know, with no class chosen: saved as OTHER, and the user is told so. */
	private boolean savedAsOther(MedicationForm form) {
		return form.drugClass() == null && form.name() != null && !form.name().isBlank()
				&& this.catalog.find(form.name()).isEmpty();
	}

	@GetMapping("/profile/medications/{id}/edit")
	String initEditMedication(AccountId me, @PathVariable long id, Model model) {
		model.addAttribute("medicationForm", MedicationForm.of(this.medications.medication(me, id)));
		return showMedication(id, model);
	}

	@PostMapping("/profile/medications/{id}")
	String processEditMedication(AccountId me, @PathVariable long id,
			@ModelAttribute("medicationForm") MedicationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			this.medications.medication(me, id); // another user's id is a 404, also with a bad form
			return showMedication(id, model);
		}
		try {
			this.medications.update(me, id, form.toDraft());
		}
		catch (InvalidInputException ex) {
			FormProblems.reject(result, ex.problems());
			return showMedication(id, model);
		}
		redirect.addFlashAttribute("message", savedAsOther(form) ? "medication.savedAsOther" : "medication.saved");
		return "redirect:/profile#medications";
	}

	@PostMapping("/profile/medications/{id}/stop")
	String stopMedication(AccountId me, @PathVariable long id, RedirectAttributes redirect) {
		try {
			this.medications.stop(me, id);
			redirect.addFlashAttribute("message", "medication.stopped");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "medication.stopBeforeStart");
		}
		return "redirect:/profile#medications";
	}

	@PostMapping("/profile/medications/{id}/delete")
	String deleteMedication(AccountId me, @PathVariable long id, RedirectAttributes redirect) {
		this.medications.delete(me, id);
		redirect.addFlashAttribute("message", "medication.deleted");
		return "redirect:/profile#medications";
	}

	@ExceptionHandler(ResourceNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	private String show(AccountId me, Model model, HttpServletRequest request, HttpServletResponse response) {
		return show(me, model, this.profiles.timeZone(me), request, response);
	}

	/** The page with a refused form, rendered afresh (never kept), {@code zone} being the stored time zone id. */
	private String show(AccountId me, Model model, String zone, HttpServletRequest request,
			HttpServletResponse response) {
		fill(me, model, zone);
		model.addAttribute("profileBody", HtmlFragments.withCsrfOf(request,
				this.fragments.renderShared(BODY, model.asMap(), request, response)));
		return VIEW;
	}

	/** The page's model besides its forms, {@code zone} being the owner's stored time zone id. */
	private void fill(AccountId me, Model model, String zone) {
		model.addAttribute("medications", this.medications.medications(me)
			.stream()
			.map(m -> new MedicationRow(m, this.catalog.crampAssociation(m.drugClass())))
			.toList());
		List<String> zones = ZONES.contains(zone) ? ZONES
				: java.util.stream.Stream.concat(java.util.stream.Stream.of(zone), ZONES.stream()).toList();
		model.addAttribute("zones", zones);
		ProfileForm form = (ProfileForm) model.getAttribute("profileForm");
		model.addAttribute("zoneOptions", zoneOptions(zones, (form != null) ? form.timeZone() : zone));
		model.addAttribute("profileFields", this.fields);
	}

	/**
	 * The ~600 options of the time zone select as HTML, made in one pass: rendered by the template, each option was
	 * a bound-field comparison, most of the page's cost (issue 11).
	 */
	static String zoneOptions(List<String> zones, @Nullable String selected) {
		if (zones == ZONES) {
			return ZoneOptions.ALL.html(selected);
		}
		return optionsHtml(zones, selected);
	}

	static String optionsHtml(List<String> zones, @Nullable String selected) {
		StringBuilder html = new StringBuilder(zones.size() * 56);
		for (String zone : zones) {
			String escaped = HtmlUtils.htmlEscape(zone);
			html.append("<option value=\"").append(escaped).append('"');
			if (zone.equals(selected)) {
				html.append(" selected=\"selected\"");
			}
			html.append('>').append(escaped).append("</option>");
		}
		return html.toString();
	}

	/**
	 * The options of {@link #ZONES} made once; a request only inserts the selected attribute after its value
	 * (issue 11: 600 escaped options per request were ~6% of the page's CPU).
	 */
	private record ZoneOptions(String html, java.util.Map<String, Integer> selectedAt) {

		static final ZoneOptions ALL = of(ZONES);

		static ZoneOptions of(List<String> zones) {
			StringBuilder html = new StringBuilder(zones.size() * 56);
			java.util.Map<String, Integer> at = new java.util.HashMap<>();
			for (String zone : zones) {
				String escaped = HtmlUtils.htmlEscape(zone);
				html.append("<option value=\"").append(escaped).append('"');
				at.put(zone, html.length());
				html.append('>').append(escaped).append("</option>");
			}
			return new ZoneOptions(html.toString(), java.util.Map.copyOf(at));
		}

		String html(@Nullable String selected) {
			Integer at = (selected != null) ? this.selectedAt.get(selected) : null;
			if (at == null) {
				return this.html;
			}
			return new StringBuilder(this.html.length() + 20).append(this.html, 0, at)
				.append(" selected=\"selected\"")
				.append(this.html, at, this.html.length())
				.toString();
		}

	}

	private String showMedication(long id, Model model) {
		model.addAttribute("medicationId", id);
		model.addAttribute("profileFields", this.fields);
		return MEDICATION_VIEW;
	}

	/** A medication with its class's cramp note, as the list shows it. */
	record MedicationRow(Medication medication, String crampAssociation) {
	}

	/** What the kept page depends on besides the medications (the data version). */
	record PageKey(ProfileService.Settings settings, Locale locale, String contextPath) {
	}

	/** The kept page: the model it was rendered with and its HTML, with the CSRF placeholder. */
	record Page(Map<String, Object> model, String html) {
	}

}
