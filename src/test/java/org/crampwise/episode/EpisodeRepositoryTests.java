package org.crampwise.episode;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
class EpisodeRepositoryTests extends EpisodeRepositoryContract {

	@Override
	String plan(String sql) {
		return this.jdbc.queryForList("EXPLAIN " + sql, String.class).stream().collect(Collectors.joining("\n"));
	}

	@Override
	String database() {
		return "H2";
	}


	/**
	 * H2 names the index it reads in a comment after the table, with the conditions it looks up in it; a full scan
	 * would name the table's scan index. (H2 then sorts the rows it read: its plans never say "index sorted" for
	 * this descending order.)
	 */
	@Override
	void assertUsesIndexWithoutScanningTheTable(String rangePlan, String pagePlan, String rangePagePlan,
			String countPlan) {
		assertThat(rangePlan + pagePlan + rangePagePlan + countPlan).doesNotContainIgnoringCase("tableScan");
		assertThat(List.of(rangePlan, pagePlan, rangePagePlan, countPlan)).allSatisfy(plan -> assertThat(plan)
			.containsIgnoringCase(INDEX + ": ACCOUNT_ID = ")
			.containsIgnoringCase("AND NIGHT_OF >= DATE"));
	}

}
