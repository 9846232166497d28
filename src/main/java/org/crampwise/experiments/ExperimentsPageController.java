package org.crampwise.experiments;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.crampwise.account.AccountId;
import org.crampwise.advice.Remedy;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.ResourceNotFoundException;
import org.crampwise.system.ConflictException;
import org.crampwise.system.FormProblems;

/**
 * {@code /experiments}: choose a remedy and see the plan before the start; follow the experiment under way; see a
 * result and record a decision. The same service as the API.
 */
@Controller
class ExperimentsPageController {

	private final ExperimentService experiments;

	ExperimentsPageController(ExperimentService experiments) {
		this.experiments = experiments;
	}

	@GetMapping("/experiments")
	String page(AccountId me, @RequestParam(required = false) @Nullable String remedy, Model model) {
		List<ExperimentView> all = this.experiments.list(me);
		Optional<ExperimentView> current = all.stream().filter(e -> e.status().open()).findFirst();
		model.addAttribute("current", current.orElse(null));
		current.flatMap(view -> this.experiments.runIn(me, view)).ifPresent(runIn -> model.addAttribute("runIn", runIn));
		model.addAttribute("past", all.stream().filter(e -> !e.status().open()).toList());
		model.addAttribute("remedies", TestedRemedy.values());
		Optional<TestedRemedy> chosen = parse(remedy);
		if (current.isEmpty() && chosen.isPresent()) {
			model.addAttribute("plan", this.experiments.plan(me, chosen.get()));
		}
		return "experiments/page";
	}

	@GetMapping("/experiments/{id}")
	String experiment(AccountId me, @PathVariable long id, Model model) {
		ExperimentView view = this.experiments.experiment(me, id);
		model.addAttribute("experiment", view);
		this.experiments.runIn(me, view).ifPresent(runIn -> model.addAttribute("runIn", runIn));
		model.addAttribute("decisions", Decision.values());
		return "experiments/experiment";
	}

	@PostMapping("/experiments")
	String start(AccountId me, @RequestParam(required = false) @Nullable String remedy,
			@RequestParam(defaultValue = "false") boolean clinicianAgreed,
			@RequestParam(required = false) @Nullable Integer waterTargetMl, RedirectAttributes redirect) {
		Optional<TestedRemedy> chosen = parse(remedy);
		try {
			ExperimentView view = this.experiments.start(me, new StartRequest(chosen.map(TestedRemedy::remedy)
				.orElse(null), clinicianAgreed, null, waterTargetMl));
			redirect.addFlashAttribute("message", "experiments.started");
			return "redirect:/experiments/" + view.id();
		}
		catch (StartRefusedException ex) {
			redirect.addFlashAttribute("refusal", ex.reason());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("refusal", FormProblems.sentence(ex.problems().get(0)));
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("refusal", FormProblems.sentence(ex.problem()));
		}
		return "redirect:/experiments" + chosen.map(t -> "?remedy=" + t.name()).orElse("");
	}

	@PostMapping("/experiments/{id}/stop")
	String stop(AccountId me, @PathVariable long id, RedirectAttributes redirect) {
		return act(() -> this.experiments.stop(me, id), id, "experiments.stopped", redirect);
	}

	@PostMapping("/experiments/{id}/resume")
	String resume(AccountId me, @PathVariable long id, RedirectAttributes redirect) {
		return act(() -> this.experiments.resume(me, id), id, "experiments.resumed", redirect);
	}

	@PostMapping("/experiments/{id}/decision")
	String decide(AccountId me, @PathVariable long id, @RequestParam(required = false) @Nullable String decision,
			RedirectAttributes redirect) {
		Decision choice;
		try {
			choice = Decision.valueOf(String.valueOf(decision));
		}
		catch (IllegalArgumentException ex) {
			return "redirect:/experiments/" + id;
		}
		return act(() -> this.experiments.decide(me, id, choice), id, "experiments.decided", redirect);
	}

	private String act(Runnable action, long id, String message, RedirectAttributes redirect) {
		try {
			action.run();
			redirect.addFlashAttribute("message", message);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("refusal", FormProblems.sentence(ex.problem()));
		}
		return "redirect:/experiments/" + id;
	}

	/** Another user's experiment id, or one that does not exist: the same friendly 404 page. */
	@ExceptionHandler(ResourceNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	private static Optional<TestedRemedy> parse(@Nullable String remedy) {
		for (Remedy r : Remedy.values()) {
			if (r.name().equals(remedy)) {
				return TestedRemedy.of(r);
			}
		}
		return Optional.empty();
	}

}
