package org.crampwise.share;

import java.io.Serializable;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The export page's "make a link" form. Serializable: a refused form travels back to the page as a flash attribute,
 * which lives in the session.
 *
 * @param from the first night shown
 * @param to the last night shown
 * @param expiresInDays days until the link stops opening, 1..365
 */
record ShareForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to, @Nullable Integer expiresInDays) implements Serializable {

}
