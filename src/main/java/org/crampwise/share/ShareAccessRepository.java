package org.crampwise.share;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.Repository;

/** The access log, always read by owner first ({@code ix_share_accesses_account_share}). */
interface ShareAccessRepository extends Repository<ShareAccess, Long> {

	List<ShareAccess> findByAccountIdAndShareIdOrderByAccessedAtDescIdDesc(long accountId, long shareId);

	List<ShareAccess> findByAccountIdAndShareIdInOrderByAccessedAtDescIdDesc(long accountId,
			Collection<Long> shareIds);

	ShareAccess save(ShareAccess access);

	/** Served by ix_share_accesses_account_share (account_id, share_id, accessed_at). */
	long countByAccountIdAndShareIdAndAccessedAtAfter(long accountId, long shareId, Instant after);

	/** The openings of one client (by the hash of its address); the same index, at most an hour of rows. */
	long countByAccountIdAndShareIdAndClientKeyAndAccessedAtAfter(long accountId, long shareId, String clientKey,
			Instant after);

}
