package org.crampwise.share;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The export page's "make a link" form.
 *
 * @param from the first night shown
 * @param to the last night shown
 * @param expiresInDays days until the link stops opening, 1..365
 */
record ShareForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to, @Nullable Integer expiresInDays) {

}
