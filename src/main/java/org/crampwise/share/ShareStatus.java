package org.crampwise.share;

/** Where a share link stands. */
enum ShareStatus {

	/** Opens for anyone with the link. */
	ACTIVE,

	/** Past its expiry: answers 410 Gone. */
	EXPIRED,

	/** Revoked by its owner: answers 404, like a link that never existed. */
	REVOKED

}
