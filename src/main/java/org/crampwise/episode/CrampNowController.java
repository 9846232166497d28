package org.crampwise.episode;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.crampwise.account.AccountId;
import org.crampwise.account.Accounts;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.ResourceNotFoundException;

/**
 * "Cramp now" ({@code /cramp-now}, a page of its own to pin to a phone's home screen; the home page has the same
 * button): the first tap starts the server-side timer, the second stops it and saves the episode, and the screen
 * then offers quick choices, one tap each, the first of which is the intensity. Plain form posts with
 * redirects, so it works without JavaScript; the script only makes the elapsed time tick.
 */
@Controller
@RequestMapping("/cramp-now")
class CrampNowController {

	static final String VIEW = "episodes/cramp-now";

	static final String SAVED_VIEW = "episodes/cramp-now-saved";

	static final String OFFLINE_VIEW = "episodes/cramp-now-offline";

	private final EpisodeService episodes;

	private final Accounts accounts;

	private final Clock clock;

	CrampNowController(EpisodeService episodes, Accounts accounts, Clock clock) {
		this.episodes = episodes;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping
	String show(AccountId me, Model model) {
		this.episodes.timer(me).ifPresent(timer -> {
			ZoneId zone = this.accounts.zoneOf(me);
			model.addAttribute("timer", timer);
			model.addAttribute("startedLocal", timer.startedAt().atZoneSameInstant(zone).toLocalTime());
			model.addAttribute("elapsedSeconds", timer.elapsedSeconds(this.clock.instant()));
		});
		return VIEW;
	}

	/**
	 * The offline "cramp now": the service worker caches it and shows it when the network is down; online it is
	 * also where the script fetches a fresh CSRF token before it sends what the phone kept.
	 */
	@GetMapping("/offline")
	String offline() {
		return OFFLINE_VIEW;
	}

	/** First tap. A second start while one runs keeps the running one (see {@link EpisodeService#startTimer}). */
	@PostMapping("/start")
	String start(AccountId me) {
		this.episodes.startTimer(me);
		return "redirect:/cramp-now";
	}

	/** Second tap: stop and save, then offer the quick choices for the saved episode. */
	@PostMapping("/stop")
	String stop(AccountId me, RedirectAttributes redirect) {
		try {
			Episode episode = this.episodes.stopTimer(me, TimerStop.NOTHING_GIVEN);
			redirect.addFlashAttribute("message", "episode.flash.timerSaved");
			return "redirect:/cramp-now/" + episode.id();
		}
		catch (ResourceNotFoundException ex) {
			// a double tap, or a stop from a second tab: the first already saved it
			redirect.addFlashAttribute("error", "episode.flash.noTimer");
			return "redirect:/cramp-now";
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "episode.flash.timerTooLong");
			return "redirect:/cramp-now";
		}
	}

	@PostMapping("/discard")
	String discard(AccountId me, HttpSession session, RedirectAttributes redirect) {
		try {
			Undo.keep(session, Undo.DISCARDED_TIMER, this.episodes.discardTimer(me));
			redirect.addFlashAttribute("message", "episode.flash.timerDiscarded");
			redirect.addFlashAttribute("undoDiscard", true);
		}
		catch (ResourceNotFoundException ex) {
			redirect.addFlashAttribute("error", "episode.flash.noTimer");
		}
		return "redirect:/cramp-now";
	}

	/** Undo of the last discard in this session (see {@link Undo}): the timer runs again from its first tap. */
	@PostMapping("/undo-discard")
	String undoDiscard(AccountId me, HttpSession session, RedirectAttributes redirect) {
		OffsetDateTime startedAt = Undo.take(session, Undo.DISCARDED_TIMER, OffsetDateTime.class);
		if (startedAt == null || !this.episodes.restoreTimer(me, startedAt)) {
			redirect.addFlashAttribute("error", "episode.flash.nothingToUndo");
		}
		else {
			redirect.addFlashAttribute("message", "episode.flash.timerRestored");
		}
		return "redirect:/cramp-now";
	}

	@GetMapping("/{id}")
	String saved(AccountId me, @PathVariable long id, Model model) {
		Episode episode = this.episodes.find(me, id);
		model.addAttribute("row", DiaryNight.Row.of(episode, this.accounts.zoneOf(me)));
		model.addAttribute("muscles", Muscle.values());
		model.addAttribute("sides", Side.values());
		model.addAttribute("reliefs", Relief.values());
		model.addAttribute("signs", WarningSign.values());
		return SAVED_VIEW;
	}

	/**
	 * A quick choice: one detail per tap, saved at once. The page comes back scrolled to the question just answered
	 * (the first one is at the top anyway), so the next one is under the thumb; after a warning sign it comes back at
	 * the top, where the urgent flag it raises is.
	 */
	@PostMapping("/{id}")
	String choose(AccountId me, @PathVariable long id, @ModelAttribute QuickChoice choice, BindingResult result,
			RedirectAttributes redirect) {
		this.episodes.find(me, id);
		String back = "redirect:/cramp-now/" + id;
		if (result.hasErrors()) {
			redirect.addFlashAttribute("error", "episode.flash.choiceInvalid");
			return back;
		}
		try {
			if (choice.intensity() != null) {
				this.episodes.rate(me, id, choice.intensity());
			}
			else if (choice.muscle() != null) {
				this.episodes.feltIn(me, id, choice.muscle());
				back += "#quick-muscle";
			}
			else if (choice.side() != null) {
				this.episodes.onSide(me, id, choice.side());
				back += "#quick-side";
			}
			else if (choice.tried() != null) {
				this.episodes.toggleTried(me, id, choice.tried());
				back += "#quick-tried";
			}
			else if (choice.helpedMost() != null) {
				this.episodes.helpedMost(me, id, choice.helpedMost());
				back += "#quick-helped";
			}
			else if (choice.woke() != null) {
				this.episodes.woke(me, id, choice.woke());
				back += "#quick-woke";
			}
			else if (choice.sign() != null) {
				// back at the top, where the urgent flag a warning sign raises is shown
				this.episodes.toggleWarningSign(me, id, choice.sign());
			}
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", "episode.flash.choiceInvalid");
		}
		return back;
	}

}
