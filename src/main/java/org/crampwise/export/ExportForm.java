package org.crampwise.export;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The range of the export page's download form. A date that is not a date is a binding error beside its field.
 *
 * @param from the first night, or null for the default
 * @param to the last night, or null for tonight
 */
record ExportForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {

	static ExportForm of(ExportRange range) {
		return new ExportForm(range.from(), range.to());
	}

}
