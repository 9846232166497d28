/**
 * Personal experiments (n-of-1): one remedy tested in randomized pairs of blocks after a run-in, with an honest
 * verdict. See docs/experiments.md.
 * <p>
 * Two small interfaces let other modules take part without a cycle: {@link org.crampwise.experiments.NightTasks}
 * (what tonight asks of the user: the home page, the check-in and the reminder feed show it) is implemented here;
 * {@link org.crampwise.experiments.ClinicianAgreements} (a clinician's "magnesium agreed" for a patient) is
 * implemented by the clinician workspace.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Experiments")
package org.crampwise.experiments;

import org.jspecify.annotations.NullMarked;
