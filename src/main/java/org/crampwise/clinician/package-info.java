/**
 * The clinician workspace (docs/clinicians.md): a clinician's invite codes, a patient's grants of access (the care
 * team) with the audit trail of what each clinician opened, the list of patients most urgent first, and a patient's
 * page for the clinician (the report's summary, the gated insights, the exports).
 * <p>
 * Every clinician request checks the grant in the database ({@link org.crampwise.clinician.CareGrantRepository}),
 * never a cached one, so a revocation ends access at once on every node. Another patient's id answers 404 like a
 * missing one. It implements {@link org.crampwise.experiments.ClinicianAgreements} for the experiments module.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Clinicians")
package org.crampwise.clinician;

import org.jspecify.annotations.NullMarked;
