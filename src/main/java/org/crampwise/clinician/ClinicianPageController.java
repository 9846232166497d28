package org.crampwise.clinician;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

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
import org.crampwise.account.Accounts;
import org.crampwise.experiments.ExperimentService;
import org.crampwise.export.ExportFormat;
import org.crampwise.export.ExportRange;
import org.crampwise.export.ExportService;
import org.crampwise.insights.InsightsService;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.ResourceNotFoundException;

/**
 * The clinician's pages: {@code /clinician} (the patients, most urgent first, and invite codes) and
 * {@code /clinician/patients/{id}} (the report's summary, gated insights, exports, magnesium agreed, a note). The
 * security chain lets only clinician accounts in; each patient page checks the grant in the database.
 */
@Controller
class ClinicianPageController {

	private final CareTeam careTeam;

	private final Accounts accounts;

	private final PatientList patients;

	private final ClinicianExports downloads;

	private final ExportService exports;

	private final InsightsService insights;

	private final ExperimentService experiments;

	ClinicianPageController(CareTeam careTeam, PatientList patients, ClinicianExports downloads,
			ExportService exports, InsightsService insights, Accounts accounts, ExperimentService experiments) {
		this.experiments = experiments;
		this.accounts = accounts;
		this.careTeam = careTeam;
		this.patients = patients;
		this.downloads = downloads;
		this.exports = exports;
		this.insights = insights;
	}

	@GetMapping("/clinician")
	String patients(AccountId me, @RequestParam(required = false) @Nullable String q, Model model) {
		List<PatientRow> rows = this.patients.patients(me, q);
		model.addAttribute("rows", rows);
		model.addAttribute("q", (q == null) ? "" : q);
		model.addAttribute("zone", this.accounts.zoneOf(me));
		return "clinician/patients";
	}

	@PostMapping("/clinician/invites")
	String invite(AccountId me, RedirectAttributes redirect) {
		CareTeam.Invite invite = this.careTeam.createInvite(me);
		// shown once, on the page the redirect leads to; never stored but as its hash
		redirect.addFlashAttribute("invite", invite);
		return "redirect:/clinician#invite";
	}

	@GetMapping("/clinician/patients/{patientId}")
	String patient(AccountId me, @PathVariable long patientId, @RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to, Locale locale, Model model) {
		CareTeam.CareGrantView grant = this.careTeam.view(me, patientId);
		AccountId patient = new AccountId(patientId);
		ExportRange range;
		try {
			range = this.exports.range(patient, from, to);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("rangeProblems", ex.problems());
			range = this.exports.range(patient, null, null);
		}
		this.careTeam.recordAccess(me, patientId, AccessKind.PAGE, range.from(), range.to());
		model.addAttribute("patientId", patientId);
		model.addAttribute("zone", this.accounts.zoneOf(me));
		model.addAttribute("grant", grant);
		model.addAttribute("range", range);
		model.addAttribute("report", this.exports.report(patient, range, locale));
		model.addAttribute("insights", this.insights.insights(patient, null, null).gated());
		model.addAttribute("experiments", this.experiments.list(patient));
		model.addAttribute("formats", ExportFormat.values());
		model.addAttribute("row", this.patients.patients(me, null)
			.stream()
			.filter(r -> r.patientId() == patientId)
			.findFirst()
			.orElse(null));
		return "clinician/patient";
	}

	@GetMapping("/clinician/patients/{patientId}/download")
	void download(AccountId me, @PathVariable long patientId, @RequestParam ExportFormat format,
			@RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to, Locale locale, HttpServletResponse response)
			throws IOException {
		try {
			this.downloads.send(me, patientId, format, from, to, locale, response);
		}
		catch (InvalidInputException ex) {
			// the range is checked before a byte is written: back to the page, which names the bad end
			response.sendRedirect(org.springframework.web.util.UriComponentsBuilder
				.fromPath("/clinician/patients/{id}")
				.queryParamIfPresent("from", java.util.Optional.ofNullable(from))
				.queryParamIfPresent("to", java.util.Optional.ofNullable(to))
				.buildAndExpand(patientId)
				.toUriString());
		}
	}

	@PostMapping("/clinician/patients/{patientId}/magnesium-agreed")
	String magnesium(AccountId me, @PathVariable long patientId, @RequestParam(defaultValue = "false") boolean agreed,
			RedirectAttributes redirect) {
		this.careTeam.agreeMagnesium(me, patientId, agreed);
		redirect.addFlashAttribute("message", agreed ? "clinician.magnesium.saved" : "clinician.magnesium.removed");
		return "redirect:/clinician/patients/" + patientId;
	}

	@PostMapping("/clinician/patients/{patientId}/note")
	String note(AccountId me, @PathVariable long patientId, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		if (note.strip().length() > ClinicianNotes.MAX_LENGTH) {
			redirect.addFlashAttribute("error", "clinician.note.long");
			return "redirect:/clinician/patients/" + patientId + "#note";
		}
		this.careTeam.writeNote(me, patientId, note);
		redirect.addFlashAttribute("message", "clinician.note.saved");
		return "redirect:/clinician/patients/" + patientId;
	}

	@ExceptionHandler(ResourceNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

}
