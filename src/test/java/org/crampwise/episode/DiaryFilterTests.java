package org.crampwise.episode;

import org.junit.jupiter.api.Test;

import org.crampwise.system.Paging;

import static org.assertj.core.api.Assertions.assertThat;

class DiaryFilterTests {

	@Test
	void aPageNumberFromALinkIsBroughtWithinBoundsSoAHugeOneShowsAnEmptyPage() {
		assertThat(new DiaryFilter(null, null, Integer.MAX_VALUE).pageNumber()).isEqualTo(Paging.MAX_PAGE);
		assertThat(new DiaryFilter(null, null, -5).pageNumber()).isZero();
		assertThat(new DiaryFilter(null, null, 3).pageNumber()).isEqualTo(3);
	}

}
