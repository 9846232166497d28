package org.crampwise.episode;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Locale;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.data.domain.Page;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import org.crampwise.account.AccountId;
import org.crampwise.account.Accounts;
import org.crampwise.system.DataVersions;
import org.crampwise.system.FieldProblem;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.FormProblems;
import org.crampwise.system.HtmlFragments;
import org.crampwise.system.ReadModelCache;

/**
 * The diary ({@code /episodes}), the "log an episode" form ({@code /episodes/new}), editing
 * ({@code /episodes/{id}/edit}) and deleting (asked once: a confirmation page, or the browser's confirm dialog).
 * Times are entered and shown in the user's zone.
 */
@Controller
class EpisodeController {

	static final String DIARY = "episodes/diary";

	/** The diary's content below its heading and notices, kept with each page of the diary. */
	static final String DIARY_BODY = "episodes/diary-body :: content";

	static final String FORM = "episodes/form";

	static final String CONFIRM_DELETE = "episodes/delete";

	static final int DIARY_PAGE_SIZE = 20;

	/** Diary pages the cache holds at most: a page of rows is some 20 kB of text, so those of the users active now. */
	static final int DIARY_PAGES_CACHED = 256;

	private final EpisodeService episodes;

	private final Accounts accounts;

	private final Clock clock;

	private final MessageSource messages;

	private final ReadModelCache<DiaryKey, DiaryPage> diaryPages;

	private final HtmlFragments fragments;

	EpisodeController(EpisodeService episodes, Accounts accounts, Clock clock, MessageSource messages,
			DataVersions versions, HtmlFragments fragments) {
		this.fragments = fragments;
		this.episodes = episodes;
		this.accounts = accounts;
		this.clock = clock;
		this.messages = messages;
		this.diaryPages = versions.cache(DIARY_PAGES_CACHED);
	}

	/**
	 * What a page of the diary depends on besides the owner's data: the range and page asked for, the language and
	 * zone it is written in, and the context path of its links. Not the CSRF token: it is joined in per request.
	 */
	private record DiaryKey(@Nullable LocalDate from, @Nullable LocalDate to, int page, Locale locale, ZoneId zone,
			String contextPath) {
	}

	/**
	 * A page of the diary as cached: its episodes (for the pager and the count) and its nights, whose rows hold
	 * {@link EpisodeSummaries#CSRF_FIELD} where each delete form's token goes.
	 */
	/**
	 * A page of the diary: its episodes grouped by night, and those nights as the page's HTML (each night's heading and
	 * rows, the delete forms holding {@link EpisodeSummaries#CSRF_FIELD}), joined once when the page is made.
	 */
	private record DiaryPage(Page<Episode> page, List<DiaryNight> nights, String html,
			AtomicReference<@Nullable String> body) {

		DiaryPage(Page<Episode> page, List<DiaryNight> nights) {
			this(page, nights, joined(nights), new AtomicReference<>());
		}

		/** As the template's {@code th:each} over the nights wrote them: 20 nights were a tenth of the page. */
		private static String joined(List<DiaryNight> nights) {
			StringBuilder html = new StringBuilder();
			for (DiaryNight night : nights) {
				html.append("<div class=\"diary-night\">\n<h2>")
					.append(org.crampwise.system.FormFieldsHtml.escape(night.heading()))
					.append("</h2>\n<ul class=\"episode-list\">")
					.append(night.html())
					.append("</ul>\n</div>\n");
			}
			return html.toString();
		}

	}

	/** A page of the diary, read and written once per owner's data version and {@link DiaryKey}. */
	private DiaryPage diaryPage(AccountId me, @Nullable LocalDate from, @Nullable LocalDate to, int number,
			Locale locale, ZoneId zone, String contextPath) {
		return this.diaryPages.get(me.value(), new DiaryKey(from, to, number, locale, zone, contextPath), () -> {
			Page<Episode> page = this.episodes.page(me, from, to, number, DIARY_PAGE_SIZE);
			return new DiaryPage(page, new EpisodeSummaries(this.messages, locale, contextPath,
					EpisodeSummaries.CSRF_FIELD).nights(page.getContent(), zone));
		});
	}

	@GetMapping("/episodes")
	String diary(AccountId me, @ModelAttribute("filter") DiaryFilter filter, BindingResult bound, Model model,
			Locale locale, HttpServletRequest request, HttpServletResponse response) {
		BindingResult result = around(filter, bound, model);
		DiaryFilter applied = result.hasErrors() ? DiaryFilter.NONE : filter;
		ZoneId zone = this.accounts.zoneOf(me);
		String contextPath = request.getContextPath();
		DiaryPage diary;
		try {
			diary = diaryPage(me, applied.from(), applied.to(), applied.pageNumber(), locale, zone, contextPath);
		}
		catch (InvalidInputException ex) {
			FormProblems.reject(result, ex.problems(), field -> field, "episode.rule");
			diary = diaryPage(me, null, null, 0, locale, zone, contextPath);
		}
		model.addAttribute("nights", diary.nights());
		model.addAttribute("nightsHtml", diary.html());
		model.addAttribute("page", diary.page());
		model.addAttribute("zone", zone.getId());
		model.addAttribute("filtered", result.hasErrors());
		model.addAttribute("pageUrl", pageUrl(result.hasErrors() ? DiaryFilter.NONE : applied));
		String body;
		if (result.hasErrors()) {
			body = this.fragments.renderShared(DIARY_BODY, model.asMap(), request, response);
		}
		else {
			// the page's content depends on nothing the key and the version do not: made once, kept with the page
			body = diary.body().get();
			if (body == null) {
				body = this.fragments.renderShared(DIARY_BODY, model.asMap(), request, response);
				diary.body().compareAndSet(null, body);
			}
		}
		String csrfField = EpisodeSummaries.csrfField((CsrfToken) request.getAttribute(CsrfToken.class.getName()));
		model.addAttribute("diaryBody",
				HtmlFragments.withCsrfOf(request, body).replace(EpisodeSummaries.CSRF_FIELD, csrfField));
		return DIARY;
	}

	@GetMapping("/episodes/new")
	String initCreationForm(AccountId me,
			@RequestParam(name = "night", required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate night,
			Model model) {
		ZoneId zone = this.accounts.zoneOf(me);
		model.addAttribute("episode", EpisodeForm.startingAt((night != null)
				? LocalStart.ofNight(night, this.clock.instant(), zone) : LocalStart.lastNight(this.clock.instant(), zone)));
		return form(model, zone, null);
	}

	@PostMapping("/episodes/new")
	String processCreationForm(AccountId me, @ModelAttribute("episode") EpisodeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ZoneId zone = this.accounts.zoneOf(me);
		Episode saved = save(form, around(form, result, model), zone, draft -> this.episodes.log(me, draft));
		if (saved == null) {
			return form(model, zone, null);
		}
		redirect.addFlashAttribute("message", "episode.flash.logged");
		redirect.addFlashAttribute("saved", true);
		return "redirect:/episodes";
	}

	@GetMapping("/episodes/{id}/edit")
	String initUpdateForm(AccountId me, @PathVariable long id, Model model) {
		ZoneId zone = this.accounts.zoneOf(me);
		model.addAttribute("episode", EpisodeForm.of(this.episodes.find(me, id), zone));
		return form(model, zone, id);
	}

	@PostMapping("/episodes/{id}/edit")
	String processUpdateForm(AccountId me, @PathVariable long id, @ModelAttribute("episode") EpisodeForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		ZoneId zone = this.accounts.zoneOf(me);
		this.episodes.find(me, id);
		Episode saved = save(form, around(form, result, model), zone, draft -> this.episodes.correct(me, id, draft));
		if (saved == null) {
			return form(model, zone, id);
		}
		redirect.addFlashAttribute("message", "episode.flash.updated");
		redirect.addFlashAttribute("saved", true);
		return "redirect:/episodes";
	}

	/** Without JavaScript the delete button lands here: the page asks once. */
	@GetMapping("/episodes/{id}/delete")
	String confirmDeletion(AccountId me, @PathVariable long id, Model model, Locale locale,
			HttpServletRequest request) {
		Episode episode = this.episodes.find(me, id);
		DiaryNight.Row row = DiaryNight.Row.of(episode, this.accounts.zoneOf(me));
		model.addAttribute("row", row);
		model.addAttribute("summary", summaries(locale, request).summary(row));
		return CONFIRM_DELETE;
	}

	/** The episodes' HTML in the request's language, with its context path and CSRF token (for the delete forms). */
	private EpisodeSummaries summaries(Locale locale, HttpServletRequest request) {
		return new EpisodeSummaries(this.messages, locale, request.getContextPath(),
				(CsrfToken) request.getAttribute(CsrfToken.class.getName()));
	}

	/**
	 * Deletes once the user has said yes: on the confirmation page, or in the browser's confirm dialog (the script
	 * then adds {@code confirmed=true}). A post without it asks first.
	 */
	@PostMapping("/episodes/{id}/delete")
	String processDeletion(AccountId me, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean confirmed, HttpSession session,
			RedirectAttributes redirect) {
		if (!confirmed) {
			this.episodes.find(me, id);
			return "redirect:/episodes/" + id + "/delete";
		}
		Undo.keep(session, Undo.DELETED_EPISODE, this.episodes.delete(me, id));
		redirect.addFlashAttribute("message", "episode.flash.deleted");
		redirect.addFlashAttribute("undoDelete", true);
		return "redirect:/episodes";
	}

	/** Undo of the last delete in this session (see {@link Undo}): the episode comes back whole, with a new id. */
	@PostMapping("/episodes/undo-delete")
	String undoDeletion(AccountId me, HttpSession session, RedirectAttributes redirect) {
		Episode deleted = Undo.take(session, Undo.DELETED_EPISODE, Episode.class);
		if (deleted == null) {
			redirect.addFlashAttribute("error", "episode.flash.nothingToUndo");
			return "redirect:/episodes";
		}
		this.episodes.restore(me, deleted);
		redirect.addFlashAttribute("message", "episode.flash.restored");
		return "redirect:/episodes";
	}

	private String form(Model model, ZoneId zone, @Nullable Long id) {
		model.addAttribute("episodeId", id);
		model.addAttribute("zone", zone.getId());
		model.addAttribute("muscles", Muscle.values());
		model.addAttribute("sides", Side.values());
		model.addAttribute("reliefs", Relief.values());
		model.addAttribute("warningSigns", WarningSign.values());
		return FORM;
	}

	/**
	 * Runs the form through the same rules as the API. Binding errors (a date that is not a date, an unknown code)
	 * and rule errors are shown together, each beside its field; nothing is saved unless there are none.
	 */
	private @Nullable Episode save(EpisodeForm form, BindingResult result, ZoneId zone,
			Function<EpisodeDraft, Episode> action) {
		List<FieldProblem> problems = new ArrayList<>();
		OffsetDateTime startedAt = null;
		try {
			startedAt = form.startedAt(zone);
		}
		catch (InvalidInputException ex) {
			problems.addAll(ex.problems());
		}
		if (form.date() == null && !result.hasFieldErrors("date")) {
			problems.add(FieldProblem.of("date", "problem.required"));
		}
		if (form.time() == null && !result.hasFieldErrors("time")) {
			problems.add(FieldProblem.of("time", "problem.required"));
		}
		if (problems.isEmpty() && !result.hasErrors()) {
			try {
				return action.apply(form.toDraft(startedAt));
			}
			catch (InvalidInputException ex) {
				problems.addAll(ex.problems());
			}
		}
		else {
			// still run the rules, so every bad field is named at once (a missing start is already named)
			boolean startKnown = startedAt != null;
			try {
				this.episodes.check(form.toDraft(startedAt));
			}
			catch (InvalidInputException ex) {
				ex.problems()
					.stream()
					.filter(p -> startKnown || !"startedAt".equals(p.field()))
					.forEach(problems::add);
			}
		}
		if (startedAt != null && startedAt.toInstant().isAfter(this.clock.instant().plus(EpisodeRules.FUTURE_TOLERANCE))) {
			// a start still to come: said of the date when the day is, of the time when only the hour is
			problems.removeIf(problem -> "startedAt".equals(problem.field()));
			LocalDate today = LocalDate.ofInstant(this.clock.instant(), zone);
			boolean dayToCome = form.date() != null && form.date().isAfter(today);
			String field = dayToCome ? "date" : "time";
			if (!result.hasFieldErrors(field)) {
				result.rejectValue(field, dayToCome ? "episode.form.futureDate" : "episode.form.futureTime");
			}
		}
		FormProblems.reject(result, problems, EpisodeController::formField, "episode.rule");
		return null;
	}

	/**
	 * A record form is bound through its constructor. When a value cannot be converted (a date that is not a date,
	 * an unknown code) the binder records the error in a result made before the form existed, and leaves the model
	 * without the form, so the page has nothing to read the other fields from. This puts the form back and gives the
	 * page a result around it (the failed fields are {@code null} in it and show what was typed, from their
	 * errors), with the same errors.
	 */
	private static BindingResult around(Object form, BindingResult result, Model model) {
		if (result.getTarget() != null) {
			return result;
		}
		BeanPropertyBindingResult rebound = new BeanPropertyBindingResult(form, result.getObjectName());
		rebound.addAllErrors(result);
		model.addAttribute(result.getObjectName(), form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + result.getObjectName(), rebound);
		return rebound;
	}

	/** The form field that shows a rule's problem. */
	static String formField(String field) {
		if (field.equals("startedAt")) {
			return "time";
		}
		if (field.equals("durationSeconds")) {
			return "minutes";
		}
		int index = field.indexOf('[');
		return (index > 0) ? field.substring(0, index) : field;
	}

	private static String pageUrl(DiaryFilter filter) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/episodes");
		if (filter.from() != null) {
			url.queryParam("from", filter.from());
		}
		if (filter.to() != null) {
			url.queryParam("to", filter.to());
		}
		return url.build().toUriString();
	}

}
