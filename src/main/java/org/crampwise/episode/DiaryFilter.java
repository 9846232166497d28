package org.crampwise.episode;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

import org.crampwise.system.Paging;

/**
 * The diary's query: an optional range of nights and the page number.
 *
 * @param from first night shown, inclusive
 * @param to last night shown, inclusive
 * @param page page number from 0
 */
record DiaryFilter(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to, @Nullable Integer page) {

	static final DiaryFilter NONE = new DiaryFilter(null, null, 0);

	int pageNumber() {
		return (this.page != null) ? Paging.clamp(this.page) : 0;
	}

}
