package org.crampwise.archive;

import java.io.IOException;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.crampwise.account.AccountId;
import org.crampwise.export.ExportService;

/**
 * {@code GET /api/v1/export/archive.zip}: everything of the signed-in user, streamed (docs/data.md). The export
 * page's button links here (the session cookie is enough for a GET).
 */
@RestController
@Tag(name = "Your data")
class ArchiveApiController {

	private final ArchiveWriter archive;

	private final ExportService exports;

	ArchiveApiController(ArchiveWriter archive, ExportService exports) {
		this.archive = archive;
		this.exports = exports;
	}

	@GetMapping("/api/v1/export/archive.zip")
	@Operation(summary = "Everything of this user as a ZIP archive",
			description = "README.txt, account.json, profile.json, medications.csv, episodes.csv, checkins.csv, "
					+ "nights.csv, experiments.json, report.pdf and fhir.json: every row of the user's data, the "
					+ "CSV files in the export's format (every night, not a range), written while they are read. "
					+ "See docs/data.md.")
	@ApiResponse(responseCode = "200", description = "The archive",
			content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "401", description = "Not signed in (an erased account too)")
	void archive(@Parameter(hidden = true) AccountId me, @Parameter(hidden = true) Locale locale,
			HttpServletResponse response) throws IOException {
		String name = "crampwise-archive-" + this.exports.tonight(me) + ".zip";
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name).build().toString());
		this.archive.write(me, locale, response.getOutputStream());
		response.flushBuffer();
	}

}
