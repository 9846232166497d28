/**
 * Exports for clinicians: the episodes and check-ins of a range of nights as CSV (RFC 4180, streamed), the clinician
 * report as a PDF (a Thymeleaf template rendered by openhtmltopdf), and a FHIR R4 bundle (HAPI FHIR), plus the
 * "Export and share" page at {@code /export}.
 * <p>
 * Public API for other modules: {@link org.crampwise.export.ExportService} (ranges, the report model and each
 * file), {@link org.crampwise.export.ExportDownloads} (writes a file as an HTTP download),
 * {@link org.crampwise.export.ClinicianReport} and {@link org.crampwise.export.ExportRange}, and
 * {@link org.crampwise.export.ExportPageSection}, through which another module adds a section to the export page
 * without this module depending on it. Reads the diary, check-ins, profile and advice through their public services
 * only, and the personal experiments through {@link org.crampwise.experiments.ExperimentService} (the experiments
 * module does not depend on this one). See {@code docs/exports.md}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Exports")
package org.crampwise.export;

import org.jspecify.annotations.NullMarked;
