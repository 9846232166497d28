package org.crampwise.experiments;

import java.util.Random;

/**
 * One simulated patient's nights: a baseline cramp-night rate with a seasonal swing of about two thirds of the mean
 * (plus or minus a third), cramp nights that cluster (a Markov chain with lag-1 correlation {@code clustering}), a
 * remedy that multiplies the rate by {@code riskRatio} on the nights it is done, nights done as scheduled with
 * probability {@code adherence}, and nights known (a cramp logged or "no cramps" tapped) with probability
 * {@code known}.
 */
final class SimulatedPatient {

	private final Random random;

	private final double baseline;

	private final double riskRatio;

	private final double clustering;

	private final double adherence;

	private final double known;

	private final double seasonPhase;

	private final double seasonSwing;

	private boolean lastCramp;

	SimulatedPatient(Random random, double baseline, double riskRatio, double clustering, double seasonSwing,
			double adherence, double known) {
		this.random = random;
		this.baseline = baseline;
		this.riskRatio = riskRatio;
		this.clustering = clustering;
		this.adherence = adherence;
		this.known = known;
		this.seasonSwing = seasonSwing;
		this.seasonPhase = random.nextDouble() * 2 * Math.PI;
		this.lastCramp = random.nextDouble() < baseline;
	}

	/** One night: whether the remedy was done, and the outcome (null unknown). */
	Night night(int day, boolean remedyScheduled) {
		boolean done = (this.random.nextDouble() < this.adherence) == remedyScheduled;
		double p = this.baseline * (1 + this.seasonSwing * Math.sin(this.seasonPhase + 2 * Math.PI * day / 365.0));
		if (done) {
			p *= this.riskRatio;
		}
		p = Math.min(0.98, Math.max(0.0, p));
		// Markov chain with stationary rate p and lag-1 correlation clustering
		double chance = this.lastCramp ? p + this.clustering * (1 - p) : p * (1 - this.clustering);
		boolean cramp = this.random.nextDouble() < chance;
		this.lastCramp = cramp;
		Boolean outcome = (this.random.nextDouble() < this.known) ? cramp : null;
		return new Night(done, outcome);
	}

	record Night(boolean done, Boolean outcome) {
	}

}
