package org.crampwise.archive;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import org.crampwise.account.AccountId;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.FormProblems;

/**
 * The {@code /import} page: choose the files, preview (a dry run), then import. The form posts the files with the
 * button pressed; the page's script sends the same form in the background and shows the answer's result without
 * leaving the page (so the chosen files stay chosen for "Import" after "Preview") and progress while it waits.
 * Without the script the page works the same, a full page each time.
 */
@Controller
class ImportPageController {

	static final String VIEW = "archive/import";

	private final ImportService imports;

	ImportPageController(ImportService imports) {
		this.imports = imports;
	}

	@GetMapping("/import")
	String page(AccountId me) {
		return VIEW;
	}

	@PostMapping("/import")
	String importFiles(AccountId me, @RequestParam(defaultValue = "true") boolean dryRun,
			@RequestParam(defaultValue = "false") boolean replace,
			@RequestParam(name = "episodes", required = false) @Nullable MultipartFile episodes,
			@RequestParam(name = "checkins", required = false) @Nullable MultipartFile checkins,
			@RequestParam(name = "nights", required = false) @Nullable MultipartFile nights, Model model,
			HttpServletResponse response) throws IOException {
		model.addAttribute("replace", replace);
		try {
			model.addAttribute("result",
					this.imports.run(me, ImportApiController.files(episodes, checkins, nights), dryRun, replace));
		}
		catch (ImportRefusedException refused) {
			model.addAttribute("problems", refused.problems());
			model.addAttribute("problemTotal", refused.total());
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		catch (InvalidInputException invalid) {
			model.addAttribute("noFile", FormProblems.sentence(invalid.problems().get(0)));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		return VIEW;
	}

}
