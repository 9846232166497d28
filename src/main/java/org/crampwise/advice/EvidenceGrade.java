package org.crampwise.advice;

/**
 * How strong the evidence for a remedy is, per clinical-reference.md section 1 (API codes). Declared from strongest to
 * weakest.
 */
public enum EvidenceGrade {

	/** Consistent support from randomised trials or systematic reviews. */
	GOOD,

	/** One small randomised trial, or observational data only. */
	LIMITED,

	/** Trials disagree, or the best evidence found no benefit. */
	CONFLICTING,

	/** No trial evidence: consensus or rationale only. */
	NONE;

	/** The kebab-case form used in message keys. */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
