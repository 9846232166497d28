package org.crampwise.experiments;

import org.crampwise.account.AccountId;

/**
 * Whether a clinician with access to a patient has recorded "magnesium agreed" for that patient (it lets the patient
 * start a magnesium experiment). Implemented by the clinician workspace; the experiments module takes every
 * implementation there is (none means no clinician has agreed).
 */
public interface ClinicianAgreements {

	boolean magnesiumAgreed(AccountId patient);

}
