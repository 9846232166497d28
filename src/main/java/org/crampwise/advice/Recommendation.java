package org.crampwise.advice;

import java.util.List;

/**
 * A remedy to try, as the API returns it.
 *
 * @param remedy the remedy
 * @param rank 1 for the first to try, then 2, 3, ... without gaps
 * @param title what to do, in a few words
 * @param howTo how to do it, in plain words
 * @param reasons why it is suggested, from the user's own numbers, strongest first
 * @param evidence the evidence behind the strongest-supported reason
 * @param cautions what to watch out for, personal ones first
 */
public record Recommendation(Remedy remedy, int rank, String title, String howTo, List<String> reasons,
		EvidenceGrade evidence, List<String> cautions) {

	public Recommendation {
		reasons = List.copyOf(reasons);
		cautions = List.copyOf(cautions);
	}

}
