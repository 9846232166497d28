package org.crampwise.reminders;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.crampwise.account.AccountId;
import org.crampwise.account.Accounts;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.PublicBaseUrl;
import org.crampwise.system.ResourceNotFoundException;
import org.crampwise.system.FormProblems;

/**
 * {@code /reminders}: make the reminder feed (its URL is shown once, with a copy button and a subscribe link),
 * choose its two times, give it a new URL, or turn it off. A refused form comes back with its errors beside the
 * fields.
 */
@Controller
class RemindersPageController {

	static final String VIEW = "reminders/page";

	static final String FORM = "reminderForm";

	static final String BINDING = BindingResult.MODEL_KEY_PREFIX + FORM;

	private final ReminderFeeds feeds;

	private final Accounts accounts;

	private final PublicBaseUrl base;

	RemindersPageController(ReminderFeeds feeds, Accounts accounts, PublicBaseUrl base) {
		this.feeds = feeds;
		this.accounts = accounts;
		this.base = base;
	}

	@GetMapping("/reminders")
	String page(AccountId me, Model model) {
		Optional<ReminderFeeds.FeedSettings> feed = this.feeds.settings(me);
		ZoneId zone = this.accounts.zoneOf(me);
		if (!model.containsAttribute(FORM)) {
			ReminderTimes times = feed.map(ReminderFeeds.FeedSettings::times).orElse(ReminderTimes.DEFAULT);
			model.addAttribute(FORM, new ReminderForm(times.checkIn(), times.morning()));
		}
		model.addAttribute("feed", feed.orElse(null));
		model.addAttribute("feedCreatedAt", feed.map(f -> f.createdAt().atZone(zone)).orElse(null));
		model.addAttribute("zone", zone.getId());
		model.addAttribute("checkInEarliest", ReminderTimes.FORMAT.format(ReminderTimes.CHECK_IN_EARLIEST));
		model.addAttribute("checkInLatest", ReminderTimes.FORMAT.format(ReminderTimes.CHECK_IN_LATEST));
		model.addAttribute("morningEarliest", ReminderTimes.FORMAT.format(ReminderTimes.MORNING_EARLIEST));
		model.addAttribute("morningLatest", ReminderTimes.FORMAT.format(ReminderTimes.MORNING_LATEST));
		model.addAttribute("taskMinutes", ReminderTimes.TASK_BEFORE_CHECK_IN);
		return VIEW;
	}

	/** Makes the feed, or gives it a new URL, with the form's times. */
	@PostMapping("/reminders/feed")
	String create(AccountId me, @ModelAttribute(FORM) ReminderForm form, BindingResult binding, Locale locale,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				ReminderFeeds.CreatedFeed created = this.feeds.create(me, form.checkInAt(), form.morningAt(), locale);
				String url = this.base.base()
					.path(ReminderFeedController.PATH)
					.path(created.token() + ".ics")
					.toUriString();
				redirect.addFlashAttribute("feedUrl", url);
				redirect.addFlashAttribute("webcalUrl", url.replaceFirst("^https?://", "webcal://"));
				redirect.addFlashAttribute("message", "reminders.created");
				return "redirect:/reminders#feed-created";
			}
			catch (InvalidInputException ex) {
				reject(binding, ex);
			}
		}
		return refused(form, binding, redirect);
	}

	@PostMapping("/reminders/times")
	String times(AccountId me, @ModelAttribute(FORM) ReminderForm form, BindingResult binding,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				this.feeds.changeTimes(me, emptyAsNull(form.checkInAt()), emptyAsNull(form.morningAt()));
				redirect.addFlashAttribute("message", "reminders.timesChanged");
				return "redirect:/reminders";
			}
			catch (InvalidInputException ex) {
				reject(binding, ex);
			}
			catch (ResourceNotFoundException ex) {
				// turned off in another tab: nothing to change, say so
				redirect.addFlashAttribute("error", "reminders.none");
				return "redirect:/reminders";
			}
		}
		return refused(form, binding, redirect);
	}

	@PostMapping("/reminders/feed/delete")
	String revoke(AccountId me, RedirectAttributes redirect) {
		this.feeds.revoke(me);
		redirect.addFlashAttribute("message", "reminders.revoked");
		return "redirect:/reminders";
	}

	private static void reject(BindingResult binding, InvalidInputException ex) {
		FormProblems.reject(binding, ex.problems());
	}

	private static String refused(ReminderForm form, BindingResult binding, RedirectAttributes redirect) {
		redirect.addFlashAttribute(FORM, form);
		redirect.addFlashAttribute(BINDING, binding);
		redirect.addFlashAttribute("error", "reminders.refused");
		return "redirect:/reminders#reminder-form";
	}

	private static @Nullable String emptyAsNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	/**
	 * The two times. Serializable: a refused form travels back as a flash attribute, in the session.
	 *
	 * @param checkInAt the evening check-in, HH:mm
	 * @param morningAt the morning question, HH:mm
	 */
	record ReminderForm(@Nullable String checkInAt, @Nullable String morningAt) implements Serializable {
	}

}
