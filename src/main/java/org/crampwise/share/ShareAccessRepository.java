package org.crampwise.share;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.Repository;

/** The access log, always read by owner first ({@code ix_share_accesses_account_share}). */
interface ShareAccessRepository extends Repository<ShareAccess, Long> {

	List<ShareAccess> findByAccountIdAndShareIdOrderByAccessedAtDescIdDesc(long accountId, long shareId);

	List<ShareAccess> findByAccountIdAndShareIdInOrderByAccessedAtDescIdDesc(long accountId,
			Collection<Long> shareIds);

	ShareAccess save(ShareAccess access);

}
