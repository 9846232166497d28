package org.crampwise.advice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.crampwise.episode.Relief;

/**
 * The ten remedies of the source article (API codes), each with its evidence grade from clinical-reference.md
 * section 1. Texts live in {@code messages/advice.properties} under {@code advice.remedy.<key>.*}: {@code title},
 * {@code how-to}, {@code evidence-note} and {@code caution.1..n}.
 */
public enum Remedy {

	/** Includes limiting alcohol near bedtime. Water alone has no trial evidence; alcohol is LIMITED. */
	STAY_HYDRATED(EvidenceGrade.LIMITED, 1),

	/** Trials disagree (HAL12 positive, COP05 null), still first-line because harm is negligible. */
	STRETCH_BEFORE_BED(EvidenceGrade.CONFLICTING, 1),

	STRETCH_DURING_CRAMP(EvidenceGrade.NONE, 1),

	APPLY_HEAT(EvidenceGrade.NONE, 1),

	MASSAGE(EvidenceGrade.NONE, 1),

	/** Always worded "ask your clinician first"; best evidence in older adults is null. */
	MAGNESIUM(EvidenceGrade.CONFLICTING, 2),

	/** Food only, never supplements or salt substitutes. */
	POTASSIUM_FOODS(EvidenceGrade.NONE, 2),

	LOOSE_BEDDING(EvidenceGrade.NONE, 0),

	WALK_IT_OFF(EvidenceGrade.NONE, 1),

	AVOID_PROLONGED_POSITIONS(EvidenceGrade.LIMITED, 0);

	private final EvidenceGrade evidence;

	private final int cautions;

	Remedy(EvidenceGrade evidence, int cautions) {
		this.evidence = evidence;
		this.cautions = cautions;
	}

	/** The grade of the remedy's best-supported part, as shown in the remedies library. */
	public EvidenceGrade evidence() {
		return this.evidence;
	}

	/** The kebab-case form used in message keys and page anchors, e.g. {@code stay-hydrated}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * Whether this is a second-line remedy, only for when first-line self-care is not enough and only through a
	 * clinician (magnesium). The engine ranks it after every first-line recommendation.
	 */
	public boolean isSecondLine() {
		return this == MAGNESIUM;
	}

	/** Whether this is one of the four remedies a user tries during a cramp (and logs as a relief). */
	public boolean isActiveRelief() {
		return relief().isPresent();
	}

	/** The diary's relief code of an active-relief remedy. */
	public Optional<Relief> relief() {
		for (Relief relief : Relief.values()) {
			if (relief.name().equals(name())) {
				return Optional.of(relief);
			}
		}
		return Optional.empty();
	}

	/** The remedy of a diary relief code (their names match). */
	public static Remedy of(Relief relief) {
		return valueOf(relief.name());
	}

	public String titleKey() {
		return "advice.remedy." + key() + ".title";
	}

	public String howToKey() {
		return "advice.remedy." + key() + ".how-to";
	}

	public String evidenceNoteKey() {
		return "advice.remedy." + key() + ".evidence-note";
	}

	/** The keys of the cautions that always go with this remedy, in order. */
	public List<String> cautionKeys() {
		List<String> keys = new ArrayList<>(this.cautions);
		for (int i = 1; i <= this.cautions; i++) {
			keys.add("advice.remedy." + key() + ".caution." + i);
		}
		return keys;
	}

}
