package org.crampwise.account;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface RecoveryCodeRepository extends Repository<RecoveryCode, Long> {

	RecoveryCode save(RecoveryCode code);

	long countByAccountId(long accountId);

	/** Uses a code up: 1 when it was there (and is now gone), 0 otherwise, even under concurrent use. */
	@Modifying
	@Query("delete from RecoveryCode c where c.accountId = ?1 and c.codeHash = ?2")
	int deleteByAccountIdAndCodeHash(long accountId, String codeHash);

	@Modifying
	@Query("delete from RecoveryCode c where c.accountId = ?1")
	int deleteByAccountId(long accountId);

}
