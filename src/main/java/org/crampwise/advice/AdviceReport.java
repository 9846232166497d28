package org.crampwise.advice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The engine's answer. Serialized as it is, it is exactly the API contract's advice response (with {@code urgency}
 * on each red flag); the trace of every rule, {@link #explanations()}, is left out of the JSON so the API layer can
 * choose to expose it.
 * <p>
 * Guarantees (enforced by the engine, checked by a generated-input test): a remedy appears at most once, in
 * {@code recommendations} or {@code withheld} or neither; ranks are 1..n in order; {@code seeClinician} is true
 * exactly when there is a red flag.
 *
 * @param asOf the day the advice is for
 * @param windowDays the nights before {@code asOf} that were evaluated
 * @param recommendations the remedies to try, best first
 * @param withheld remedies that are not safe for this user, with the reason
 * @param redFlags signs that call for a clinician, most urgent first
 * @param seeClinician whether any red flag was raised
 * @param explanations every rule's outcome, fired or not, in words (not serialized)
 */
public record AdviceReport(LocalDate asOf, int windowDays, List<Recommendation> recommendations,
		List<WithheldRemedy> withheld, List<RedFlag> redFlags, boolean seeClinician,
		@JsonIgnore List<RuleExplanation> explanations) {

	public AdviceReport {
		recommendations = List.copyOf(recommendations);
		withheld = List.copyOf(withheld);
		redFlags = List.copyOf(redFlags);
		// the engine's trace is unmodifiable already and renders its texts only when read
		explanations = (explanations instanceof LazyExplanations) ? explanations : List.copyOf(explanations);
	}

	/** The recommendation of that remedy, if it is recommended. */
	public Optional<Recommendation> recommendationOf(Remedy remedy) {
		return this.recommendations.stream().filter(r -> r.remedy() == remedy).findFirst();
	}

	/** Why that remedy is withheld, if it is. */
	public Optional<WithheldRemedy> withholdingOf(Remedy remedy) {
		return this.withheld.stream().filter(w -> w.remedy() == remedy).findFirst();
	}

	/** The red flag with that code, if raised. */
	public Optional<RedFlag> redFlagOf(RedFlagCode code) {
		return this.redFlags.stream().filter(f -> f.code() == code).findFirst();
	}

	/**
	 * Every rule's outcome about that remedy, fired or not: for "why not X?", the not-fired ones say what would have
	 * triggered it and the withheld entry says why it is unsafe.
	 */
	public List<RuleExplanation> explanationsOf(Remedy remedy) {
		return this.explanations.stream().filter(e -> e.remedy() == remedy).toList();
	}

	/** Every rule's outcome about that red flag, fired or not. */
	public List<RuleExplanation> explanationsOf(RedFlagCode code) {
		return this.explanations.stream().filter(e -> e.redFlag() == code).toList();
	}

	/** The outcome of one rule by its id. */
	public Optional<RuleExplanation> explanationOf(String ruleId) {
		return this.explanations.stream().filter(e -> e.rule().equals(ruleId)).findFirst();
	}

}
