package org.crampwise.clinician;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Invite codes by their hash. */
interface ClinicianInviteRepository extends Repository<ClinicianInvite, Long> {

	Optional<ClinicianInvite> findByCodeHash(String codeHash);

	/**
	 * Uses the invite up if it is still unused and unexpired at {@code now}: 1 when this call used it, 0 when it was
	 * used or expired already. The database decides, so of two patients joining with one code at once only one wins.
	 */
	@Modifying
	@Query("update ClinicianInvite i set i.usedAt = :now where i.id = :id and i.usedAt is null and i.expiresAt > :now")
	int claim(long id, Instant now);

	ClinicianInvite save(ClinicianInvite invite);

}

/**
 * Grants. Every clinician request reads its grant here (no cache), so a revocation is seen by the next request on
 * every node.
 */
interface CareGrantRepository extends Repository<CareGrant, Long> {

	/** The active grant of this patient to this clinician: the one check of every clinician request. */
	@Query("select g from CareGrant g where g.clinicianId = :clinicianId and g.patientId = :patientId "
			+ "and g.revokedAt is null")
	Optional<CareGrant> findActive(long clinicianId, long patientId);

	/** The clinician's active grants, oldest first. */
	@Query("select g from CareGrant g where g.clinicianId = :clinicianId and g.revokedAt is null order by g.id")
	List<CareGrant> findActiveOfClinician(long clinicianId);

	/** Every grant the patient made, newest first. */
	@Query("select g from CareGrant g where g.patientId = :patientId order by g.grantedAt desc, g.id desc")
	List<CareGrant> findAllOfPatient(long patientId);

	@Query("select g from CareGrant g where g.patientId = :patientId and g.revokedAt is null order by g.id")
	List<CareGrant> findActiveOfPatient(long patientId);

	Optional<CareGrant> findByIdAndPatientId(long id, long patientId);

	@Query("select count(g) > 0 from CareGrant g where g.patientId = :patientId and g.revokedAt is null "
			+ "and g.magnesiumAgreed = true")
	boolean magnesiumAgreed(long patientId);

	CareGrant save(CareGrant grant);

}

/** The audit trail. */
interface CareAccessRepository extends Repository<CareAccess, Long> {

	@Query("select a from CareAccess a where a.grantId = :grantId order by a.accessedAt desc, a.id desc")
	List<CareAccess> findOfGrant(long grantId, org.springframework.data.domain.Limit limit);

	CareAccess save(CareAccess access);

}
