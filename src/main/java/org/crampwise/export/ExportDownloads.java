package org.crampwise.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import org.crampwise.account.AccountId;

/**
 * Sends an export as an HTTP download: status 200, the format's {@code Content-Type}, and
 * {@code Content-Disposition: attachment} with the file name. The API, the export page and the share links all send
 * their files through here, so the three answer alike. The range must already be checked: once the first byte is
 * written, a failure can no longer become an error page.
 */
@Component
public class ExportDownloads {

	private final ExportService exports;

	ExportDownloads(ExportService exports) {
		this.exports = exports;
	}

	public void send(ExportFormat format, AccountId owner, ExportRange range, Locale locale,
			HttpServletResponse response) throws IOException {
		byte[] whole = switch (format) {
			case REPORT_PDF -> this.exports.reportPdf(owner, range, locale);
			case FHIR_BUNDLE -> this.exports.fhirBundle(owner, range).getBytes(StandardCharsets.UTF_8);
			case EPISODES_CSV, CHECKINS_CSV -> null;
		};
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(format.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(format.fileName(range)).build().toString());
		if (whole != null) {
			response.setContentLength(whole.length);
			response.getOutputStream().write(whole);
			return;
		}
		Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
		if (format == ExportFormat.EPISODES_CSV) {
			this.exports.writeEpisodesCsv(owner, range, out);
		}
		else {
			this.exports.writeCheckInsCsv(owner, range, out);
		}
		out.flush();
	}

}
