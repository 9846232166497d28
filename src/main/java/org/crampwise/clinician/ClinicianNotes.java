package org.crampwise.clinician;

import java.util.List;

import org.springframework.stereotype.Component;

import org.crampwise.account.CurrentAccount;
import org.crampwise.experiments.ClinicianAgreements;

/**
 * The notes of the signed-in patient's clinicians, for the tips page ({@code @clinicianNotes} in
 * {@code clinician/note.html}), and the experiments module's {@link ClinicianAgreements}.
 */
@Component("clinicianNotes")
class ClinicianNotes implements ClinicianAgreements {

	static final int MAX_LENGTH = 500;

	private final CareTeam careTeam;

	ClinicianNotes(CareTeam careTeam) {
		this.careTeam = careTeam;
	}

	/** The signed-in patient's notes from clinicians with access; none for anyone else. */
	public List<CareTeam.Note> current() {
		return CurrentAccount.signedIn().map(this.careTeam::notes).orElse(List.of());
	}

	@Override
	public boolean magnesiumAgreed(org.crampwise.account.AccountId patient) {
		return this.careTeam.magnesiumAgreed(patient);
	}

}
