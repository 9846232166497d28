package org.crampwise.episode;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Page;

/** A page of episodes as the contract shapes every list: items, page number, page size and the total count. */
@Schema(name = "CrampEpisodePage")
record EpisodePageResponse(List<EpisodeResponse> items, int page, int size, long total) {

	static EpisodePageResponse of(Page<Episode> page) {
		return new EpisodePageResponse(page.getContent().stream().map(EpisodeResponse::of).toList(),
				page.getNumber(), page.getSize(), page.getTotalElements());
	}

}
