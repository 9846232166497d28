package org.crampwise.experiments;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.crampwise.advice.Remedy;

/**
 * A patient's latest experiment in a line, for a list of many patients (the clinician's): what the stored row tells
 * without reading the patient's nights. The verdict is the stored one, as last analysed: written when the experiment
 * finished and rewritten whenever a later analysis (a night edited afterwards, the experiment opened again) gave
 * another; the experiment's own view ({@link ExperimentService#list}) always analyses it afresh.
 *
 * @param id the experiment's id
 * @param remedy the remedy under test
 * @param status where it stands: RUN_IN and RUNNING by the patient's night; an ACTIVE one whose last night is over
 * counts as FINISHED (its analysis runs when it is next opened)
 * @param block while RUNNING: the block tonight lies in, counted from 1; otherwise null
 * @param blocks the blocks scheduled now
 * @param decision the patient's own choice afterwards, or null
 * @param verdict the verdict of a FINISHED experiment as last analysed; null for any other status (a STOPPED one has
 * none) and for one whose last night is over but which nobody has opened since
 */
public record ExperimentSummary(long id, Remedy remedy, ExperimentStatus status, @Nullable Integer block, int blocks,
		@Nullable Decision decision,
		@Schema(description = "The verdict of a FINISHED experiment as last analysed (stored at the finish, rewritten "
				+ "when a later analysis differs); null otherwise: a STOPPED experiment has none")
		@Nullable ExperimentVerdict verdict) {

	/** The remedy's message key part ("stretch-before-bed"), for {@code experiments.remedy.<key>.name}. */
	public String remedyKey() {
		return this.remedy.key();
	}

}
