package org.crampwise.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface ApiTokenRepository extends Repository<ApiToken, Long> {

	ApiToken save(ApiToken token);

	List<ApiToken> findByAccountIdOrderByCreatedAtDescIdDesc(long accountId);

	long countByAccountId(long accountId);

	@Modifying
	@Query("delete from ApiToken t where t.id = :id and t.accountId = :accountId")
	int deleteByIdAndAccountId(@Param("id") long id, @Param("accountId") long accountId);

	/** The one query of a Bearer request: the token by its hash (unique index) with its account's name. */
	@Query("select new org.crampwise.account.ApiTokenRepository$Bearer(t.id, t.accountId, a.username, t.scope, "
			+ "t.expiresAt, t.lastUsedAt, a.role) from ApiToken t join Account a on a.id = t.accountId "
			+ "where t.tokenHash = :hash")
	Optional<Bearer> findBearer(@Param("hash") String hash);

	/** Writes lastUsedAt only when the stored one is older than {@code staleBefore}: a cheap, rare update. */
	@Modifying
	@Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id "
			+ "and (t.lastUsedAt is null or t.lastUsedAt < :staleBefore)")
	int touch(@Param("id") long id, @Param("now") Instant now, @Param("staleBefore") Instant staleBefore);

	/** What a Bearer request needs to know of its token. */
	record Bearer(long id, long accountId, String username, TokenScope scope, Instant expiresAt,
			@org.jspecify.annotations.Nullable Instant lastUsedAt, Role role) {
	}

}
