package org.crampwise.export;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Service;

import org.crampwise.account.AccountId;
import org.crampwise.account.Accounts;
import org.crampwise.checkin.CheckInService;
import org.crampwise.episode.EpisodeService;
import org.crampwise.system.DataVersions;
import org.crampwise.system.InvalidInputException;
import org.crampwise.system.NightRule;
import org.crampwise.system.ReadModelCache;

/**
 * Everything the export module makes, for one owner and one range of nights: the range itself (with the defaults
 * and limits of the contract), the clinician report, and the CSV, PDF and FHIR files. Every method reads only the
 * owner's data and only the range's nights; callers pass an {@link ExportRange} made by {@link #range}, so a share
 * link shows exactly the nights it was made for.
 */
@Service
public class ExportService {

	/** Owners whose first logged night is kept at most (a date each). */
	static final int FIRST_NIGHTS_CACHED = 10_000;

	private final CsvExport csv;

	private final ReportBuilder reports;

	private final ReportPdf pdf;

	private final FhirExport fhir;

	private final Accounts accounts;

	private final MessageSource messages;

	private final Clock clock;

	private final EpisodeService episodes;

	private final CheckInService checkIns;

	/** Each owner's first logged night, until their data changes ({@link DataVersions}): two queries otherwise. */
	private final ReadModelCache<Boolean, Optional<LocalDate>> firstNights;

	ExportService(CsvExport csv, ReportBuilder reports, ReportPdf pdf, FhirExport fhir, Accounts accounts,
			MessageSource messages, Clock clock, EpisodeService episodes, CheckInService checkIns,
			DataVersions versions) {
		this.firstNights = versions.cache(FIRST_NIGHTS_CACHED);
		this.episodes = episodes;
		this.checkIns = checkIns;
		this.messages = messages;
		this.csv = csv;
		this.reports = reports;
		this.pdf = pdf;
		this.fhir = fhir;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The night the owner is in now: their zone, the application's clock, {@link NightRule}. */
	public LocalDate tonight(AccountId owner) {
		return NightRule.nightOf(ZonedDateTime.now(this.clock.withZone(this.accounts.zoneOf(owner))).toOffsetDateTime());
	}

	/**
	 * The range the owner asked for; without {@code to} it ends tonight, without {@code from} it starts on the
	 * owner's first logged night (an episode or a check-in; see {@link ExportRange#of}). Problems are worded in the
	 * current request's language.
	 * @throws InvalidInputException naming each bad end (see {@link ExportRange#of})
	 */
	public ExportRange range(AccountId owner, @Nullable LocalDate from, @Nullable LocalDate to) {
		LocalDate firstLogged = (from != null) ? null : firstLoggedNight(owner);
		return ExportRange.of(from, to, tonight(owner), firstLogged, new MessageSourceAccessor(this.messages));
	}

	private @Nullable LocalDate firstLoggedNight(AccountId owner) {
		return this.firstNights
			.get(owner.value(), Boolean.TRUE,
					() -> Stream.of(this.episodes.firstNight(owner), this.checkIns.firstNight(owner))
						.flatMap(Optional::stream)
						.min(Comparator.naturalOrder()))
			.orElse(null);
	}

	/** The clinician report of the range, in the reader's language. */
	public ClinicianReport report(AccountId owner, ExportRange range, Locale locale) {
		return this.reports.report(owner, range, locale);
	}

	/** The clinician report as a PDF. */
	public byte[] reportPdf(AccountId owner, ExportRange range, Locale locale) {
		return this.pdf.render(report(owner, range, locale), locale);
	}

	/** Writes the range's episodes as CSV, row by row as they are read (the writer is flushed, not closed). */
	public void writeEpisodesCsv(AccountId owner, ExportRange range, Writer out) throws IOException {
		this.csv.writeEpisodes(owner, range, out);
	}

	/** Writes the range's check-ins as CSV (the writer is flushed, not closed). */
	public void writeCheckInsCsv(AccountId owner, ExportRange range, Writer out) throws IOException {
		this.csv.writeCheckIns(owner, range, out);
	}

	/** The range as a FHIR R4 collection bundle, in JSON. */
	public String fhirBundle(AccountId owner, ExportRange range) {
		return this.fhir.json(owner, range);
	}

}
