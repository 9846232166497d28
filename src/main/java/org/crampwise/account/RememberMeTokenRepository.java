package org.crampwise.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface RememberMeTokenRepository extends Repository<RememberMeToken, Long> {

	Optional<RememberMeToken> findBySeries(String series);

	List<RememberMeToken> findByAccountIdOrderByLastUsedAtDesc(long accountId);

	RememberMeToken save(RememberMeToken token);

	@Modifying
	@Query("delete from RememberMeToken t where t.series = ?1")
	int deleteBySeries(String series);

	@Modifying
	@Query("delete from RememberMeToken t where t.accountId = ?1 and t.id = ?2")
	int deleteByAccountIdAndId(long accountId, long id);

	@Modifying
	@Query("delete from RememberMeToken t where t.accountId = ?1 and t.series <> ?2")
	int deleteByAccountIdAndSeriesNot(long accountId, String keepSeries);

	@Modifying
	@Query("delete from RememberMeToken t where t.accountId = ?1")
	int deleteByAccountId(long accountId);

}
