package org.crampwise.export;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import org.crampwise.account.AccountId;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.FormProblems;

/**
 * The "Export and share" page: the download form (a range and one button per file) and the sections other modules
 * add (share links). A download with a bad range shows the page again (400) with the problem beside the field,
 * never a JSON error.
 */
@Controller
class ExportController {

	static final String VIEW = "export/page";

	private final ExportService exports;

	private final ExportDownloads downloads;

	private final List<ExportPageSection> sections;

	private final ExportFieldsHtml fields = new ExportFieldsHtml();

	ExportController(ExportService exports, ExportDownloads downloads, List<ExportPageSection> sections) {
		this.exports = exports;
		this.downloads = downloads;
		this.sections = sections;
	}

	@GetMapping("/export")
	String page(AccountId me, Model model) {
		ExportRange range = this.exports.range(me, null, null);
		model.addAttribute("exportForm", ExportForm.of(range));
		fill(model, me, range);
		return VIEW;
	}

	/** Sends the chosen file; a bad range shows the page again instead (see {@link #rejected}). */
	@GetMapping("/export/download")
	void download(AccountId me, @ModelAttribute("exportForm") ExportForm form, BindingResult binding,
			@RequestParam ExportFormat format, Locale locale, HttpServletResponse response) throws IOException {
		if (binding.hasErrors()) {
			throw new RangeRejected(me, binding);
		}
		ExportRange range;
		try {
			range = this.exports.range(me, form.from(), form.to());
		}
		catch (InvalidInputException ex) {
			FormProblems.reject(binding, ex.problems());
			throw new RangeRejected(me, binding);
		}
		this.downloads.send(format, me, range, locale, response);
	}

	@ExceptionHandler(RangeRejected.class)
	ModelAndView rejected(RangeRejected rejected) {
		Model model = new ExtendedModelMap();
		model.addAllAttributes(rejected.binding().getModel());
		fill(model, rejected.owner(), this.exports.range(rejected.owner(), null, null));
		ModelAndView page = new ModelAndView(VIEW, model.asMap());
		page.setStatus(HttpStatus.BAD_REQUEST);
		return page;
	}

	private void fill(Model model, AccountId me, ExportRange defaultRange) {
		model.addAttribute("defaultRange", defaultRange);
		model.addAttribute("exportFields", this.fields);
		model.addAttribute("sections", this.sections.stream().map(ExportPageSection::fragment).toList());
		this.sections.forEach(section -> section.addTo(model, me, defaultRange));
	}

	/** A download whose range was refused: the page is shown again with the problems. */
	static final class RangeRejected extends RuntimeException {

		private final transient AccountId owner;

		private final transient BindingResult binding;

		RangeRejected(AccountId owner, BindingResult binding) {
			super("the export range was refused: " + binding.getFieldErrors());
			this.owner = owner;
			this.binding = binding;
		}

		AccountId owner() {
			return this.owner;
		}

		BindingResult binding() {
			return this.binding;
		}

	}

}
