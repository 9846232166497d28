package org.crampwise.archive;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.crampwise.account.AccountId;
import org.crampwise.account.AccountSummary;
import org.crampwise.account.Accounts;
import org.crampwise.experiments.ExperimentsArchive;
import org.crampwise.export.DiaryCsv;
import org.crampwise.export.ExportRange;
import org.crampwise.export.ExportService;
import org.crampwise.profile.HealthProfile;
import org.crampwise.profile.ProfileService;

/**
 * Writes the archive, a ZIP of every row of one user's data, straight to the given stream, entry after entry: the
 * CSV files row by row as their rows are read (episodes and check-ins in chunks, see {@link DiaryCsv}), so a
 * diary of any length never sits in memory. The report and the FHIR bundle cover the export page's default
 * range (at most {@value ExportRange#MAX_NIGHTS} nights, the longest a report takes) and are built whole.
 */
@Component
class ArchiveWriter {

	/** The files, in the order they are written; {@code README.txt} describes each. */
	static final List<String> FILES = List.of("README.txt", "account.json", "profile.json", "medications.csv",
			"episodes.csv", "checkins.csv", "nights.csv", "experiments.json", "report.pdf", "fhir.json");

	private final Accounts accounts;

	private final ProfileService profiles;

	private final DiaryCsv csv;

	private final ExportService exports;

	private final ExperimentsArchive experiments;

	private final MessageSource messages;

	private final JsonMapper json;

	private final Clock clock;

	ArchiveWriter(Accounts accounts, ProfileService profiles, DiaryCsv csv, ExportService exports,
			ExperimentsArchive experiments, MessageSource messages, JsonMapper json, Clock clock) {
		this.clock = clock;
		this.accounts = accounts;
		this.profiles = profiles;
		this.csv = csv;
		this.exports = exports;
		this.experiments = experiments;
		this.messages = messages;
		this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
	}

	/** Writes the whole archive of {@code owner} to {@code out} (which is finished, not closed). */
	void write(AccountId owner, Locale locale, OutputStream out) throws IOException {
		ExportRange reportRange = this.exports.range(owner, null, null);
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		Writer text = new BufferedWriter(new OutputStreamWriter(new KeepOpen(zip), StandardCharsets.UTF_8));
		AccountSummary account = this.accounts.summary(owner);

		entry(zip, "README.txt");
		text.write(readme(reportRange, locale));
		text.flush();

		entry(zip, "account.json");
		Map<String, Object> accountJson = new LinkedHashMap<>();
		accountJson.put("username", account.username());
		accountJson.put("createdAt", account.createdAt());
		accountJson.put("timeZone", account.timeZone());
		accountJson.put("archivedAt", OffsetDateTime.now(this.clock.withZone(ZoneId.of(account.timeZone()))).withNano(0));
		writeJson(zip, accountJson);

		entry(zip, "profile.json");
		HealthProfile profile = this.profiles.profile(owner);
		Map<String, @Nullable Object> profileJson = new LinkedHashMap<>();
		profileJson.put("birthYear", profile.birthYear());
		profileJson.put("pregnancy", profile.pregnancy());
		profileJson.put("conditions", profile.conditions().stream().sorted().toList());
		writeJson(zip, profileJson);

		entry(zip, "medications.csv");
		this.csv.writeMedications(owner, text);
		text.flush();

		entry(zip, "episodes.csv");
		this.csv.writeEpisodes(owner, text);
		text.flush();

		entry(zip, "checkins.csv");
		this.csv.writeCheckIns(owner, text);
		text.flush();

		entry(zip, "nights.csv");
		this.csv.writeNights(owner, text);
		text.flush();

		entry(zip, "experiments.json");
		writeJson(zip, this.experiments.experiments(owner));

		entry(zip, "report.pdf");
		zip.write(this.exports.reportPdf(owner, reportRange, locale));

		entry(zip, "fhir.json");
		zip.write(this.exports.fhirBundle(owner, reportRange).getBytes(StandardCharsets.UTF_8));

		zip.closeEntry();
		zip.finish();
		zip.flush();
	}

	private String readme(ExportRange reportRange, Locale locale) {
		StringBuilder readme = new StringBuilder();
		readme.append(this.messages.getMessage("archive.readme.intro", null, locale)).append("\r\n\r\n");
		for (String file : FILES) {
			readme.append(file)
				.append("\r\n    ")
				.append(this.messages.getMessage("archive.readme." + file,
						new Object[] { reportRange.from().toString(), reportRange.to().toString() }, locale))
				.append("\r\n\r\n");
		}
		readme.append(this.messages.getMessage("archive.readme.import", null, locale)).append("\r\n");
		return readme.toString();
	}

	private void writeJson(ZipOutputStream zip, Object value) throws IOException {
		zip.write(this.json.writeValueAsBytes(value));
		zip.write('\n');
	}

	private static void entry(ZipOutputStream zip, String name) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
	}

	/** The zip stream, which an entry's writer must not close. */
	private static final class KeepOpen extends FilterOutputStream {

		KeepOpen(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
