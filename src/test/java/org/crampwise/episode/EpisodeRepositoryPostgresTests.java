package org.crampwise.episode;

import java.util.stream.Collectors;

import org.crampwise.support.PostgresJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

@PostgresJpaTest
class EpisodeRepositoryPostgresTests extends EpisodeRepositoryContract {

	@Override
	String plan(String sql) {
		return this.jdbc.queryForList("EXPLAIN " + sql, String.class).stream().collect(Collectors.joining("\n"));
	}

	@Override
	String database() {
		return "PostgreSQL";
	}


	/**
	 * With statistics for 10,000 rows of 40 users, PostgreSQL reads the one user's range through the index (plain
	 * or bitmap) and never scans the table; a page of 20 is read from the index backwards, already in order.
	 */
	@Override
	void assertUsesIndexWithoutScanningTheTable(String rangePlan, String pagePlan, String rangePagePlan,
			String countPlan) {
		assertThat(rangePlan + pagePlan + rangePagePlan + countPlan).doesNotContain("Seq Scan");
		assertThat(pagePlan).contains("Index Scan Backward using " + INDEX).doesNotContain("Sort");
		assertThat(rangePagePlan).contains("Index Scan Backward using " + INDEX).doesNotContain("Sort");
	}

}
