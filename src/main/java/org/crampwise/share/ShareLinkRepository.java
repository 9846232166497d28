package org.crampwise.share;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.repository.Repository;

/**
 * Share links. The owner's queries start with the account id ({@code ix_share_links_account}); opening a link looks
 * up the hash of its token through the unique index on {@code token_hash}.
 */
interface ShareLinkRepository extends Repository<ShareLink, Long> {

	Optional<ShareLink> findByTokenHash(String tokenHash);

	/** The link, its row locked until the transaction ends, so its openings are counted one at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<ShareLink> findForUpdateByTokenHash(String tokenHash);

	Optional<ShareLink> findByIdAndAccountId(long id, long accountId);

	Page<ShareLink> findByAccountIdOrderByCreatedAtDescIdDesc(long accountId, Pageable page);

	ShareLink save(ShareLink link);

}
