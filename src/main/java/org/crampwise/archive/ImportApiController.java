package org.crampwise.archive;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.crampwise.account.AccountId;

/**
 * {@code POST /api/v1/import}: the export's own CSV files back into the signed-in user's diary (docs/data.md).
 */
@RestController
@Tag(name = "Your data", description = "The whole archive of the user's data and the import of its CSV files.")
class ImportApiController {

	private final ImportService imports;

	private final MessageSource messages;

	ImportApiController(ImportService imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@PostMapping(path = "/api/v1/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import episodes, check-ins and nights from the export's CSV files",
			description = "multipart/form-data with the parts episodes, checkins and/or nights, each a file in the "
					+ "export's own CSV format (UTF-8). A row equal in every field (the id aside) to a stored one is "
					+ "unchanged; a differing episode row is added; a check-in or nights row for a night whose stored "
					+ "one differs is a conflict, a bad row unless replace=true. All or nothing: any bad row refuses "
					+ "every file and stores nothing. dryRun=true answers the same counts and stores nothing. "
					+ "Files up to 8 MB each, 24 MB together. See docs/data.md.")
	@ApiResponse(responseCode = "200", description = "The counts per file sent (null for a file not sent)")
	@ApiResponse(responseCode = "400", description = "A bad file: errors items carry file, row (the header is row 1), "
			+ "field (the column) and message, the first 50 of them; nothing is stored. Or no file was sent.")
	@ApiResponse(responseCode = "413", description = "A file over 8 MB or a request over 24 MB")
	@ApiResponse(responseCode = "415", description = "The body is not multipart/form-data")
	ImportResult importFiles(@Parameter(hidden = true) AccountId me,
			@Parameter(description = "Only count what would change; store nothing") @RequestParam(
					defaultValue = "false") boolean dryRun,
			@Parameter(description = "Let a check-in or nights row replace a different stored one of its night")
			@RequestParam(defaultValue = "false") boolean replace,
			@Parameter(description = "episodes.csv") @RequestPart(name = "episodes",
					required = false) @Nullable MultipartFile episodes,
			@Parameter(description = "checkins.csv") @RequestPart(name = "checkins",
					required = false) @Nullable MultipartFile checkins,
			@Parameter(description = "nights.csv") @RequestPart(name = "nights",
					required = false) @Nullable MultipartFile nights)
			throws IOException {
		return this.imports.run(me, files(episodes, checkins, nights), dryRun, replace);
	}

	/** The parts given, as strict UTF-8 readers (a byte that is not UTF-8 is a bad file, not a silent U+FFFD). */
	static Map<ImportFile, Reader> files(@Nullable MultipartFile episodes, @Nullable MultipartFile checkins,
			@Nullable MultipartFile nights) throws IOException {
		Map<ImportFile, Reader> files = ImportService.files();
		put(files, ImportFile.EPISODES, episodes);
		put(files, ImportFile.CHECKINS, checkins);
		put(files, ImportFile.NIGHTS, nights);
		return files;
	}

	private static void put(Map<ImportFile, Reader> files, ImportFile file, @Nullable MultipartFile part)
			throws IOException {
		if (part != null && !part.isEmpty()) {
			files.put(file, new InputStreamReader(part.getInputStream(), StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)));
		}
	}

	@ExceptionHandler(ImportRefusedException.class)
	ResponseEntity<ProblemDetail> refused(ImportRefusedException refused) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, this.messages.getMessage(
				"archive.import.refused", new Object[] { refused.total(), refused.problems().size() },
				LocaleContextHolder.getLocale()));
		problem.setProperty("errors", List.copyOf(refused.problems()));
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
