/**
 * The user's data, whole: the archive ({@code GET /api/v1/export/archive.zip}, every row of the user's data in the
 * files docs/data.md lists, streamed) and the import ({@code POST /api/v1/import} and the {@code /import} page),
 * which brings the export's own CSV files back by the import rules, all or nothing.
 * <p>
 * Reads and writes through the other modules' public services only: the export module's {@link
 * org.crampwise.export.DiaryCsv} (the one CSV format, written and read), the domain modules' import services
 * (their own rules and batch writes) and {@link org.crampwise.experiments.ExperimentsArchive}. Nothing depends on
 * this module; its part of the export page plugs in through {@link org.crampwise.export.ExportPageSection}.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Your data")
package org.crampwise.archive;

import org.jspecify.annotations.NullMarked;
