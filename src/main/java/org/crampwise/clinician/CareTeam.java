package org.crampwise.clinician;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.crampwise.account.AccountCard;
import org.crampwise.account.AccountId;
import org.crampwise.account.Accounts;
import org.crampwise.account.Role;
import org.crampwise.system.ResourceNotFoundException;

/**
 * Grants from both sides: a clinician makes invite codes; a patient previews one, joins with it, lists, revokes and
 * reads the accesses of their grants; every clinician request finds its active grant here, in the database.
 */
@Service
class CareTeam {

	/** The most audit rows one list shows. */
	static final int MAX_ACCESSES = 500;

	private final ClinicianInviteRepository invites;

	private final CareGrantRepository grants;

	private final CareAccessRepository accesses;

	private final Accounts accounts;

	private final Clock clock;

	CareTeam(ClinicianInviteRepository invites, CareGrantRepository grants, CareAccessRepository accesses,
			Accounts accounts, Clock clock) {
		this.invites = invites;
		this.grants = grants;
		this.accesses = accesses;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** A new invite code of this clinician (shown this once; only its hash is stored). */
	@Transactional
	Invite createInvite(AccountId clinician) {
		Instant now = this.clock.instant();
		Instant expires = now.plus(Duration.ofDays(InviteCodes.VALID_DAYS));
		String code = InviteCodes.newCode();
		String stored = InviteCodes.normalize(code).orElseThrow();
		this.invites.save(new ClinicianInvite(clinician.value(), InviteCodes.hash(stored), now, expires));
		return new Invite(code, expires, this.accounts.card(clinician).map(AccountCard::displayName).orElse(""));
	}

	/**
	 * Who would get access with this code, before the patient confirms.
	 * @throws ResourceNotFoundException for an unknown, used or expired code
	 */
	@Transactional(readOnly = true)
	Invite preview(String code) {
		ClinicianInvite invite = usable(code);
		return new Invite("", invite.expiresAt(), clinicianName(invite.clinicianId()));
	}

	/**
	 * The patient grants the code's clinician access; the code is used up. A clinician who already has access keeps
	 * the same grant.
	 * @throws ResourceNotFoundException for an unknown, used or expired code
	 */
	@Transactional
	Grant join(AccountId patient, String code) {
		ClinicianInvite invite = usable(code);
		Instant now = this.clock.instant();
		if (this.invites.claim(invite.id(), now) != 1) {
			// another patient used it a moment ago
			throw new ResourceNotFoundException("invite", "code");
		}
		CareGrant grant = this.grants.findActive(invite.clinicianId(), patient.value())
			.orElseGet(() -> this.grants.save(new CareGrant(patient.value(), invite.clinicianId(), now)));
		return grant(grant, clinicianName(invite.clinicianId()));
	}

	/** The patient's clinicians with access now, oldest grant first. */
	@Transactional(readOnly = true)
	List<Grant> activeGrants(AccountId patient) {
		return grants(this.grants.findActiveOfPatient(patient.value()));
	}

	/** Every grant the patient made, active and ended, newest first. */
	@Transactional(readOnly = true)
	List<Grant> allGrants(AccountId patient) {
		return grants(this.grants.findAllOfPatient(patient.value()));
	}

	/**
	 * Ends a grant at once: the clinician's next request finds no active grant, on any node.
	 * @throws ResourceNotFoundException when the patient has no such grant
	 */
	@Transactional
	void revoke(AccountId patient, long grantId) {
		ownGrant(patient, grantId).revoke(this.clock.instant());
	}

	/**
	 * What the grant's clinician opened, newest first.
	 * @throws ResourceNotFoundException when the patient has no such grant
	 */
	@Transactional(readOnly = true)
	List<Access> accesses(AccountId patient, long grantId) {
		ownGrant(patient, grantId);
		return this.accesses.findOfGrant(grantId, Limit.of(MAX_ACCESSES))
			.stream()
			.map(a -> new Access(a.kind(), a.rangeFrom(), a.rangeTo(), a.accessedAt()))
			.toList();
	}

	/**
	 * The clinician's active grant of this patient, read from the database on every call.
	 * @throws ResourceNotFoundException when there is none: another user's id answers like a missing one
	 */
	@Transactional(readOnly = true)
	long requireGrant(AccountId clinician, long patientId) {
		return this.grants.findActive(clinician.value(), patientId)
			.map(CareGrant::id)
			.orElseThrow(() -> new ResourceNotFoundException("patient", patientId));
	}

	/** Writes one audit row; the grant must be active (checked in the same transaction). */
	@Transactional
	void recordAccess(AccountId clinician, long patientId, AccessKind kind, java.time.@Nullable LocalDate from,
			java.time.@Nullable LocalDate to) {
		long grantId = requireGrant(clinician, patientId);
		this.accesses.save(new CareAccess(grantId, patientId, kind, from, to, this.clock.instant()));
	}

	/** Records the clinician's "magnesium agreed" for the patient. */
	@Transactional
	void agreeMagnesium(AccountId clinician, long patientId, boolean agreed) {
		active(clinician, patientId).agreeMagnesium(agreed, this.clock.instant());
	}

	/** Replaces the clinician's note to the patient (blank removes it). */
	@Transactional
	void writeNote(AccountId clinician, long patientId, @Nullable String note) {
		active(clinician, patientId).writeNote(note, this.clock.instant());
	}

	/** The clinician's grant of this patient as the patient page shows it. */
	@Transactional(readOnly = true)
	CareGrantView view(AccountId clinician, long patientId) {
		CareGrant grant = active(clinician, patientId);
		return new CareGrantView(grant.id(), grant.grantedAt(), grant.magnesiumAgreed(), grant.note());
	}

	/** The patient ids of the clinician's active grants (one query). */
	@Transactional(readOnly = true)
	List<CareGrant> activeOfClinician(AccountId clinician) {
		return this.grants.findActiveOfClinician(clinician.value());
	}

	/** Whether any clinician with access agreed magnesium for this patient. */
	@Transactional(readOnly = true)
	boolean magnesiumAgreed(AccountId patient) {
		return this.grants.magnesiumAgreed(patient.value());
	}

	/** The notes of the patient's clinicians with access, for the tips page. */
	@Transactional(readOnly = true)
	List<Note> notes(AccountId patient) {
		List<CareGrant> active = this.grants.findActiveOfPatient(patient.value())
			.stream()
			.filter(g -> g.note() != null)
			.toList();
		Map<AccountId, AccountCard> cards = this.accounts
			.cards(active.stream().map(g -> new AccountId(g.clinicianId())).toList());
		return active.stream()
			.map(g -> new Note(nameOf(cards, g.clinicianId()), g.note(), g.noteAt()))
			.toList();
	}

	private CareGrant active(AccountId clinician, long patientId) {
		return this.grants.findActive(clinician.value(), patientId)
			.orElseThrow(() -> new ResourceNotFoundException("patient", patientId));
	}

	private CareGrant ownGrant(AccountId patient, long grantId) {
		return this.grants.findByIdAndPatientId(grantId, patient.value())
			.orElseThrow(() -> new ResourceNotFoundException("care team member", grantId));
	}

	private ClinicianInvite usable(String code) {
		Instant now = this.clock.instant();
		return InviteCodes.normalize(code)
			.flatMap(normalized -> this.invites.findByCodeHash(InviteCodes.hash(normalized)))
			.filter(invite -> invite.usableAt(now))
			.filter(invite -> this.accounts.card(new AccountId(invite.clinicianId()))
				.map(card -> card.role() == Role.CLINICIAN)
				.orElse(false))
			.orElseThrow(() -> new ResourceNotFoundException("invite", "code"));
	}

	private String clinicianName(long clinicianId) {
		return this.accounts.card(new AccountId(clinicianId)).map(AccountCard::displayName).orElse("");
	}

	private List<Grant> grants(List<CareGrant> list) {
		Map<AccountId, AccountCard> cards = this.accounts
			.cards(list.stream().map(g -> new AccountId(g.clinicianId())).distinct().toList());
		return list.stream().map(g -> grant(g, nameOf(cards, g.clinicianId()))).toList();
	}

	private static String nameOf(Map<AccountId, AccountCard> cards, long id) {
		return Optional.ofNullable(cards.get(new AccountId(id))).map(AccountCard::displayName).orElse("");
	}

	private static Grant grant(CareGrant grant, String clinicianName) {
		return new Grant(grant.id(), clinicianName, grant.grantedAt(), grant.revokedAt());
	}

	/** An invite: the code (empty in a preview), when it expires, and the clinician's name (a flash attribute: sessions are stored). */
	record Invite(String code, Instant expiresAt, String clinicianName) implements java.io.Serializable {
	}

	/** A grant as the patient sees it. */
	record Grant(long id, String clinicianName, Instant grantedAt, @Nullable Instant revokedAt) {
	}

	/** One audit row as the patient sees it. */
	record Access(AccessKind kind, java.time.@Nullable LocalDate from, java.time.@Nullable LocalDate to,
			Instant accessedAt) {
	}

	/** The clinician's side of a grant. */
	record CareGrantView(long id, Instant grantedAt, boolean magnesiumAgreed, @Nullable String note) {
	}

	/** A clinician's note to the patient. */
	record Note(String clinicianName, @Nullable String text, @Nullable Instant writtenAt) {
	}

}
