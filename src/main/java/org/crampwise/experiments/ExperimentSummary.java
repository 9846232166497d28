package org.crampwise.experiments;

import org.jspecify.annotations.Nullable;

import org.crampwise.advice.Remedy;

/**
 * A patient's latest experiment in a line, for a list of many patients (the clinician's): what the stored row tells
 * without reading the patient's nights. The verdict is computed from the nights, so a list does not have it: the
 * experiment's own view ({@link ExperimentService#list}) does.
 *
 * @param id the experiment's id
 * @param remedy the remedy under test
 * @param status where it stands: RUN_IN and RUNNING by the patient's night; an ACTIVE one whose last night is over
 * counts as FINISHED (its analysis runs when it is next opened)
 * @param block while RUNNING: the block tonight lies in, counted from 1; otherwise null
 * @param blocks the blocks scheduled now
 * @param decision the patient's own choice afterwards, or null
 */
public record ExperimentSummary(long id, Remedy remedy, ExperimentStatus status, @Nullable Integer block, int blocks,
		@Nullable Decision decision) {

	/** The remedy's message key part ("stretch-before-bed"), for {@code experiments.remedy.<key>.name}. */
	public String remedyKey() {
		return this.remedy.key();
	}

}
