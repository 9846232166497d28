package org.crampwise.experiments;

import org.jspecify.annotations.Nullable;

import org.crampwise.advice.Remedy;

/**
 * What starts an experiment.
 *
 * @param remedy the remedy to test: STRETCH_BEFORE_BED, APPLY_HEAT, LOOSE_BEDDING, STAY_HYDRATED or MAGNESIUM
 * @param clinicianAgreed the user says their clinician agreed (needed for magnesium; in pregnancy, the maternity
 * clinician)
 * @param pairs pairs of blocks, default the remedy's
 * @param waterTargetMl with STAY_HYDRATED only: the nightly target, default the advice engine's low-water threshold
 */
public record StartRequest(@Nullable Remedy remedy, @Nullable Boolean clinicianAgreed, @Nullable Integer pairs,
		@Nullable Integer waterTargetMl) {
}
